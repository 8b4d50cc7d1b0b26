namespace FineTune.Pipeline.Data.Parsing;

/// <summary>Counts how deep the brackets are at a byte position of a JSON line, ignoring brackets inside strings.</summary>
internal static class JsonNesting
{
    public static int DepthAt(ReadOnlySpan<byte> line, int position)
    {
        var depth = 0;
        var inString = false;
        var end = Math.Min(position + 1, line.Length);
        for (var i = 0; i < end; i++)
        {
            var b = line[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }

                continue;
            }

            switch (b)
            {
                case (byte)'"':
                    inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                case (byte)'}' or (byte)']':
                    depth--;
                    break;
            }
        }

        return depth;
    }
}
