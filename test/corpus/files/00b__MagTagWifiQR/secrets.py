#miniume required secrets.py file for this use case. 

secrets = {
    'ssid' : 'NetworkName',
    'password' : 'WifiPassword',
    }
