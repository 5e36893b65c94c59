# Arquivo central para armazenar chaves secretas e configurações sensíveis

# Chave secreta para tokens JWT
SECRET_KEY = "sistema_rsvp_secret_key_2024"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30