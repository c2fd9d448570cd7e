// Touch screens have no hover: a tap on an entity pins its tooltip; a tap elsewhere or Escape closes it.
document.addEventListener("click", (event) => {
  const mark = event.target.closest("mark.ent");
  if (event.target.closest(".tip a")) return;
  document.querySelectorAll("mark.ent.open").forEach((m) => { if (m !== mark) m.classList.remove("open"); });
  if (mark) mark.classList.toggle("open");
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") document.querySelectorAll("mark.ent.open").forEach((m) => m.classList.remove("open"));
});
