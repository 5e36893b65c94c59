FLASK_APP="lms:create_app"
FLASK_ENV=production
FLASK_DEBUG=false