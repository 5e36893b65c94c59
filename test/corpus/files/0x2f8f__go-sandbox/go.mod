module sandbox

go 1.23.1

require github.com/joho/godotenv v1.5.1 // indirect
