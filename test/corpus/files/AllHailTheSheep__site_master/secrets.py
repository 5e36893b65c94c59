secret_key = 'vw33o@cg@w(0r4h!h1cmx!&%9ml8)rs^%#*v&5x03@@w748-++'
