// The "Print" button on the tasking list (no inline script: the CSP forbids it).
document.addEventListener("click", (event) => {
    if (event.target.closest("[data-tasking-print]")) {
        window.print();
    }
});
