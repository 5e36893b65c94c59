# local settings

DATABASE_USER = 'postgres'
DATABASE_PASSWORD = 'zrm-8207'
