namespace OmsServerless.Storage.Payments;

/// <summary>Points a capture id at its authorization, because a refund names only the capture.</summary>
internal sealed record SandboxCaptureIndex(string AuthorizationId);
