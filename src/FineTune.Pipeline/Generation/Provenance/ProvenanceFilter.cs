namespace FineTune.Pipeline.Generation.Provenance;

/// <summary>The judge that filtered the answers: model, endpoint host, threshold and the rubric's SHA-256.</summary>
public sealed record ProvenanceFilter(string Model, string Endpoint, int MinScore, string RubricSha256);
