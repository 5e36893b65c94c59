username = 'adam.letch@ai-london.com'
password = 'Bkbvfxdempf1!'
