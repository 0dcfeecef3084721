"""One module per checker: length, jargon, tone, values, promotion, grammar."""
