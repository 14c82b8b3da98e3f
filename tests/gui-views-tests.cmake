# gui views tests
