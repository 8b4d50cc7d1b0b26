using System.Text;
using System.Text.Json;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Checkpoints;

/// <summary>
/// Writes the safetensors format: 8-byte little-endian header length, a JSON header
/// (<c>{"__metadata__": {...}, "name": {"dtype": "F32", "shape": [...], "data_offsets": [b, e]}}</c>,
/// names sorted, padded with spaces to 8 bytes), then the raw little-endian data.
/// </summary>
public static class SafetensorsWriter
{
    /// <summary>Float32 tensors held in memory (adapters, tiny models).</summary>
    public static void Write(string path, IEnumerable<SafetensorsEntry> entries, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var byName = entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in byName.Values)
        {
            var expected = entry.Shape.Aggregate(1L, (a, b) => a * b);
            if (expected != entry.Data.Length)
            {
                throw new ArgumentException($"Tensor {entry.Name}: shape holds {expected} values, data has {entry.Data.Length}.", nameof(entries));
            }
        }

        Write(
            path,
            byName.Values.Select(e => (e.Name, "F32", e.Shape)),
            (name, output) => output.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(byName[name].Data.AsSpan())),
            metadata);
    }

    /// <summary>
    /// Streams tensors of any dtype: the header comes from <paramref name="layout"/>, then <paramref name="writeData"/>
    /// writes each tensor's bytes in header order (one tensor in memory at a time, so large merged models fit).
    /// </summary>
    public static void Write(
        string path,
        IEnumerable<(string Name, string Dtype, long[] Shape)> layout,
        Action<string, Stream> writeData,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(writeData);
        var sorted = layout.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var sizes = sorted.Select(e => e.Shape.Aggregate(1L, (a, b) => a * b) * SafetensorsTensor.ElementSize(e.Dtype)).ToList();
        var headerBytes = Header(sorted, sizes, metadata);

        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            file.Write(BitConverter.GetBytes((ulong)headerBytes.Length));
            file.Write(headerBytes);
            for (var i = 0; i < sorted.Count; i++)
            {
                var before = file.Position;
                writeData(sorted[i].Name, file);
                if (file.Position - before != sizes[i])
                {
                    throw new InvalidOperationException($"Tensor {sorted[i].Name}: wrote {file.Position - before} bytes, its dtype and shape need {sizes[i]}.");
                }
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Copies a tensor to a float32 entry.</summary>
    public static SafetensorsEntry Entry(string name, torch.Tensor tensor)
    {
        using var scope = torch.NewDisposeScope(); // detach/to/contiguous each make a tensor handle
        var cpu = tensor.detach().to(torch.CPU).to(torch.float32).contiguous();
        return new SafetensorsEntry(name, cpu.shape, cpu.data<float>().ToArray());
    }

    /// <summary>The raw little-endian bytes of <paramref name="tensor"/> converted to a safetensors dtype (F32, BF16, F16; round to nearest even as PyTorch does).</summary>
    public static byte[] Bytes(torch.Tensor tensor, string dtype)
    {
        var scalar = dtype switch
        {
            "F32" => torch.float32,
            "BF16" => torch.bfloat16,
            "F16" => torch.float16,
            _ => throw new NotSupportedException($"Writing {dtype} tensors is not supported; supported are F32, BF16 and F16."),
        };
        using var scope = torch.NewDisposeScope();
        var converted = tensor.detach().to(torch.CPU).to(scalar).contiguous();
        return converted.bytes.ToArray();
    }

    private static byte[] Header(List<(string Name, string Dtype, long[] Shape)> sorted, List<long> sizes, IReadOnlyDictionary<string, string>? metadata)
    {
        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            if (metadata is not null)
            {
                writer.WriteStartObject("__metadata__");
                foreach (var (key, value) in metadata)
                {
                    writer.WriteString(key, value);
                }

                writer.WriteEndObject();
            }

            long offset = 0;
            for (var i = 0; i < sorted.Count; i++)
            {
                writer.WriteStartObject(sorted[i].Name);
                writer.WriteString("dtype", sorted[i].Dtype);
                writer.WriteStartArray("shape");
                foreach (var d in sorted[i].Shape)
                {
                    writer.WriteNumberValue(d);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("data_offsets");
                writer.WriteNumberValue(offset);
                writer.WriteNumberValue(offset += sizes[i]);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        var header = Encoding.UTF8.GetString(json.ToArray());
        return Encoding.UTF8.GetBytes(header.PadRight((header.Length + 7) / 8 * 8));
    }
}
