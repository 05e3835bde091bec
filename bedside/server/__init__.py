"""The clinic's PostgreSQL server: its schema (numbered migrations) and the sync's transfers.

The only package that speaks to PostgreSQL (psycopg). Laptops keep their own SQLite
databases (bedside.store) and meet here; Bedside runs no server of its own (SPEC §7).
"""
