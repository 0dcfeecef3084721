"""Team mode: the review loop shared over PostgreSQL, its rules enforced by the database
(Qt-free; psycopg 3 is imported only here)."""
