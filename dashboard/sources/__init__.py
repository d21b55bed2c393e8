"""Live sources (ReliefWeb, HDX, UNHCR): fetch, archive raw responses, extract candidates for review."""
