"""The shop network: tills sharing members, cards, programs and points through PostgreSQL."""
