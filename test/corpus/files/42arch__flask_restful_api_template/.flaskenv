FLASK_ENV = development
# FLASK_ENV = production