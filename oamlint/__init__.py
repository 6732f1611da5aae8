"""oamlint: policy-as-code checks for OAM specs and Gogs repository access."""

__version__ = "0.1.0"
