"""Operations: security headers, failing safely when the database is down, backup drill, load test.

A plain package, not a Django app: nothing here has models or templates of its own.
"""
