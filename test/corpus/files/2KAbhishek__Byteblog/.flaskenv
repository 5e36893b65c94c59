FLASK_APP=byteblog.py
