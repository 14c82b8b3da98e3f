# preflight tests
