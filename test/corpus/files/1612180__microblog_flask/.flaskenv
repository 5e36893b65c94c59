FLASK_APP=microblog.py
# FLASK_DEBUG=1