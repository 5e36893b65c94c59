HARPERBD_URL = 'https://notes-khadafi.harperdbcloud.com'
HARPERBD_USERNAME = 'khadafi'
HARPERBD_PASSWORD = 'vbpvs'
