namespace FineTune.Pipeline.Data.Model;

/// <summary>A list of reusable model objects: <see cref="Add"/> hands back a reset instance, so steady-state parsing allocates nothing.</summary>
internal sealed class ReusableList<T>
    where T : class, IResettable, new()
{
    private readonly List<T> _items = [];

    public int Count { get; private set; }

    public T this[int index] => index < Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public T Add()
    {
        if (Count == _items.Count)
        {
            _items.Add(new T());
        }

        var item = _items[Count++];
        item.Reset();
        return item;
    }

    public void Clear() => Count = 0;

    public T? LastOrDefault() => Count == 0 ? null : _items[Count - 1];
}
