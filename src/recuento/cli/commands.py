"""Command modules; importing this package registers every command."""
