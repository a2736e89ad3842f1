namespace FluxStore.Management.Domain.Packages;

public enum CommandStage
{
    Purchase,
    Renewal,
    Expiry,
    Refund,
}
