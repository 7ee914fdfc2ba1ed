namespace BackCareBot.Storage.Sqlite;

/// <summary>One document to store: its new ETag, and the ETag it replaces (null: any; empty: nothing stored yet).</summary>
internal readonly record struct StateWrite(string Key, string Json, string? ExpectedETag, string ETag);
