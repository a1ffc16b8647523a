"""All of Qt lives below here."""
