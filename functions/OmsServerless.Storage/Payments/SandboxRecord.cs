namespace OmsServerless.Storage.Payments;

/// <summary>One stored sandbox record; <see cref="Version"/> changes on every write.</summary>
public sealed record SandboxRecord(string Collection, string Key, string PayloadJson, string Version);
