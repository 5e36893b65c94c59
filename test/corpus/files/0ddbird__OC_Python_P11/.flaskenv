FLASK_APP="server.py"
