"""The review loop's rules (Qt-free): who acts, what they may do, over a draft repository."""
