namespace OmsServerless.Domain.Sourcing.WhatIf;

/// <summary>Units and shipments (pickups included) a node fulfilled from stock during a replay.</summary>
public sealed record NodeLoad(string NodeId, int Units, int Shipments);
