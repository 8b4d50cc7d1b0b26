namespace FineTune.Pipeline.Lora.Checkpoints;

/// <summary>One tensor of a safetensors header: name, dtype (<c>F32</c>, <c>BF16</c>, ...), shape, and where its bytes lie in the data section.</summary>
public sealed record SafetensorsTensor(string Name, string Dtype, long[] Shape, long Begin, long End)
{
    public long ByteLength => End - Begin;

    /// <summary>Bytes per element of a safetensors dtype.</summary>
    public static int ElementSize(string dtype) => dtype switch
    {
        "F64" or "I64" or "U64" => 8,
        "F32" or "I32" or "U32" => 4,
        "F16" or "BF16" or "I16" or "U16" => 2,
        "I8" or "U8" or "BOOL" or "F8_E4M3" or "F8_E5M2" => 1,
        _ => throw new InvalidDataException($"unknown safetensors dtype {dtype}."),
    };
}
