# @User
consumer_key="XXX"
consumer_secret="XXX"
access_token="XXX-XXX"
access_token_secret="XXX"