"""Tools an operator runs from the command line against a real server: the speed benchmark
(bench.py, with the bulk data it needs in bulk.py), the load test (loadtest.py) and the backup
drill (backup_drill.sh). They share one way to start the production configuration and one HTTP
client (server.py). The running site never imports anything from here (tests/test_import_direction.py).
"""
