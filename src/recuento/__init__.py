"""recuento."""
