db_url = 'sqlite://db.sqlite3'


class JWT:
    key = r'gD55TTSVyfx1DN^hZBlJ99U5Iz5m1mZFSOeY72kmPicXoGjr!8avTourgEx8JW3e!ka&129mfUkoFDuE%$RH4!kGJxR!@1hHXkfTKAebN&4hPPYC^^DnKgJ!F#pUQV2^4uNDE9!4fMm4z4p0BnYbm2rB#JX1Vvo0HGbAOwU@m7EhXTG%r^arKG6^fLY9%fIKpBRri3$C@3Dj4UWHbnifFP0H6SzPUh8jAeSm&f5UvQ6^KWk0RzJN@qy%7Y$vxnIn'
    algorithm = 'HS512'
