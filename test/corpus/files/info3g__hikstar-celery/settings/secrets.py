#
# ** WARNING **
#
# This file is generated through the Ansible deployment scripts. If you make
# changes to any settings here, they will get overwrietten the next time
# the ansible deployment script is run.
#
# If you want to make changes to any variables here, do it in the Ansible
# configuration instead, then re-deploy.
#
APP_INSTALL_DIR = '/var/www/api.hikster.com'

APP_DATABASE = 'hikster_api_dev'
APP_DATABASE_USER = 'hikster_api_dev'
APP_DATABASE_PASSWORD = 'hikster_api_dev_password'

APP_EMAIL_HOST_USER = 'none'
APP_EMAIL_HOST_PASSWORD = 'none'

XAPIAN_PATH = '/var/www/api.hikster.com'
