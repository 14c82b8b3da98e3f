# safety tests
# The strategy's 21 migration-safety cases against the real PostgreSQL (one of them builds
# 100,000 rows per model, hence the longer timeout).
gma_add_test(test_migration_safety test_migration_safety.cpp TIMEOUT 900)
