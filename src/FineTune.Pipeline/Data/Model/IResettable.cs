namespace FineTune.Pipeline.Data.Model;

/// <summary>A model object that can be cleared for reuse.</summary>
internal interface IResettable
{
    void Reset();
}
