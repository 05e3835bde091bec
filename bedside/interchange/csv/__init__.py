"""The visit and event CSV files of SPEC §3: reading, checking and writing them."""
