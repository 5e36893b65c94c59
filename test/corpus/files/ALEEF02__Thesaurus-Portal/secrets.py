# This file is where you keep secret settings, passwords, and tokens!
# If you put them in the code you risk committing that info or sharing it
# which would be not great. So, instead, keep it all in this one file and
# keep it a secret.

secrets = {
    'ssid' : 'Insert SSID Here',
    'password' : 'Insert Password Here', # Keep the two '' quotes around password
    'mw_key' : '********-****-****-****-************', # Merriam-Webster Colligate Dictionary Key
    'voicerss_key': '********************************' # voicerss.org Key
}
