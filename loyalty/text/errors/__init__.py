"""The one-line sentences of the errors a user can cause, by the part of the product that
raises them; ``loyalty.text.cli_errors`` words an error with them."""
