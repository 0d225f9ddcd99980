namespace OmsServerless.WhatIf;

/// <summary>Shape of a synthetic scenario.</summary>
/// <param name="LinesPerOrder">Lines in every order; 0 draws 1 to 4 lines (mostly 1 or 2).</param>
/// <param name="CarryShare">Share of nodes (other than DCs, which carry more) stocking any given SKU.</param>
/// <param name="ShipToAddressOnly">Only ship-to-address lines, as in the benchmarks; otherwise some BOPIS, ROPIS and ship-to-store.</param>
public sealed record GeneratorOptions(
    int Nodes = 200,
    int Skus = 300,
    int Orders = 1000,
    int LinesPerOrder = 0,
    double CarryShare = 0.3,
    bool ShipToAddressOnly = false,
    int Seed = 42);
