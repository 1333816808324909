"""The command line of SPEC §6, a module per kind of command; ``main.py`` parses the
arguments and calls them."""
