# preflight: engine sources, CLI commands and libraries of this feature.
