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
    public static void Write(string path, IEnumerable<SafetensorsEntry> entries, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var sorted = entries.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
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
            foreach (var entry in sorted)
            {
                var expected = entry.Shape.Aggregate(1L, (a, b) => a * b);
                if (expected != entry.Data.Length)
                {
                    throw new ArgumentException($"Tensor {entry.Name}: shape holds {expected} values, data has {entry.Data.Length}.", nameof(entries));
                }

                writer.WriteStartObject(entry.Name);
                writer.WriteString("dtype", "F32");
                writer.WriteStartArray("shape");
                foreach (var d in entry.Shape)
                {
                    writer.WriteNumberValue(d);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("data_offsets");
                writer.WriteNumberValue(offset);
                writer.WriteNumberValue(offset += entry.Data.Length * 4L);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        var header = Encoding.UTF8.GetString(json.ToArray());
        header = header.PadRight((header.Length + 7) / 8 * 8);
        var headerBytes = Encoding.UTF8.GetBytes(header);

        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            file.Write(BitConverter.GetBytes((ulong)headerBytes.Length));
            file.Write(headerBytes);
            foreach (var entry in sorted)
            {
                file.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(entry.Data.AsSpan()));
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Copies a tensor to a float32 entry.</summary>
    public static SafetensorsEntry Entry(string name, torch.Tensor tensor)
    {
        using var cpu = tensor.detach().to(torch.CPU).to(torch.float32).contiguous();
        return new SafetensorsEntry(name, cpu.shape, cpu.data<float>().ToArray());
    }
}
