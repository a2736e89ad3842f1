global using FluxStore.Management.Api.Contracts;
global using MediatR;
global using Microsoft.AspNetCore.Mvc;
