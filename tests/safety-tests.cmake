# safety tests
