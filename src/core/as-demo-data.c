/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Spanish word tables of the demo data: places, names, products, faults, texts. */

#include "as-demo-data-private.h"

static const BranchSpec branch_specs[MAX_BRANCHES] = {
  { "Centro de servicio Madrid", "Calle de Alcalá, 250, Madrid",
    { "Madrid", "Getafe", "Alcalá de Henares", "Móstoles", "Leganés" }, "91", 30 },
  { "Sucursal Barcelona", "Carrer de Sants, 112, Barcelona",
    { "Barcelona", "Badalona", "L'Hospitalet de Llobregat", "Sabadell", "Terrassa" }, "93", 22 },
  { "Sucursal Valencia", "Avenida del Puerto, 45, Valencia",
    { "Valencia", "Torrent", "Paterna", "Gandia", "Sagunto" }, "963", 14 },
  { "Sucursal Sevilla", "Avenida de la Buhaira, 18, Sevilla",
    { "Sevilla", "Dos Hermanas", "Alcalá de Guadaíra", "Utrera",
      "Mairena del Aljarafe" }, "954", 12 },
  { "Sucursal Bilbao", "Calle Autonomía, 31, Bilbao",
    { "Bilbao", "Barakaldo", "Getxo", "Portugalete", "Basauri" }, "944", 8 },
  { "Sucursal Zaragoza", "Calle Miguel Servet, 77, Zaragoza",
    { "Zaragoza", "Utebo", "Calatayud", "Ejea de los Caballeros", "Cuarte de Huerva" }, "976", 7 },
  { "Sucursal Málaga", "Avenida de Andalucía, 9, Málaga",
    { "Málaga", "Marbella", "Vélez-Málaga", "Fuengirola", "Torremolinos" }, "952", 7 },
};

/* Kinds are the codes of as-labels.c. */
static const DeptSpec dept_specs[N_DEPTS] = {
  { "I+D", "rd" }, { "Diseño", "design" }, { "Producción", "production" },
  { "Técnico", "technical" }, { "Almacén y transporte", "warehouse_transport" },
  { "Marketing", "marketing" }, { "Finanzas", "finance" }, { "Compras", "purchasing" },
  { "Servicio posventa", "after_sales" },
  { "Línea directa / supervisión corporativa", "hotline_supervision" },
  { "Dirección", "management" },
};

static const CategorySpec categories[] = {
  { "LV", 7000, { "Lavadora carga frontal 8 kg", "Lavadora carga frontal 9 kg vapor",
                  "Lavadora carga superior 7 kg", "Lavadora-secadora 10/6 kg" },
    120, 14, 30, { 349, 749 }, FALSE,
    { { "Motor", 24, 95 }, { "Tarjeta electrónica", 12, 78 }, { "Bomba de desagüe", 12, 24 },
      { "Rodamientos del tambor", 36, 36 }, { "Junta de puerta", 6, 19 }, { "Carcasa", 6, 45 } },
    { { "No enciende", 1 }, { "Pierde agua por la puerta", 4 }, { "Hace ruido al centrifugar", 3 },
      { "No desagua", 2 }, { "No centrifuga", 0 }, { "Muestra el código de error E21", 2 },
      { "El tambor no gira", 0 }, { "Se para a mitad del programa", 1 },
      { "Vibra mucho y se desplaza", 3 }, { "Tapa superior rota", 5 } } },
  { "FR", 3000, { "Frigorífico combi No Frost 185 cm", "Frigorífico combi No Frost 201 cm",
                  "Frigorífico americano dos puertas", "Congelador vertical No Frost" },
    144, 14, 30, { 499, 1299 }, FALSE,
    { { "Compresor", 60, 180 }, { "Termostato", 12, 22 }, { "Tarjeta electrónica", 12, 85 },
      { "Ventilador", 24, 30 }, { "Junta de puerta", 6, 35 }, { "Carcasa", 6, 60 } },
    { { "No enfría", 0 }, { "El compresor hace ruido", 0 }, { "Forma hielo en el congelador", 3 },
      { "La temperatura no es estable", 1 }, { "La puerta no cierra bien", 4 },
      { "Muestra alarma de temperatura", 2 }, { "Congela los alimentos del frigorífico", 1 },
      { "La luz interior no funciona", 2 }, { "Gotea agua en el cajón de verduras", 3 },
      { "Puerta abollada", 5 } } },
  { "AC", 2200, { "Aire acondicionado split 2250 frigorías",
    "Aire acondicionado split 3000 frigorías inverter",
                  "Aire acondicionado multisplit 2x1",
                  "Aire acondicionado portátil 2000 frigorías" },
    120, 14, 30, { 399, 1199 }, FALSE,
    { { "Compresor", 60, 210 }, { "Tarjeta electrónica", 12, 90 },
      { "Ventilador de la unidad interior", 24, 40 }, { "Válvula de expansión", 24, 55 },
      { "Mando a distancia", 6, 18 }, { "Carcasa", 6, 50 } },
    { { "No enfría", 0 }, { "Gotea agua la unidad interior", 2 }, { "No responde al mando", 4 },
      { "Hace ruido la unidad exterior", 0 }, { "Huele mal al encenderlo", 2 },
      { "Se apaga solo", 1 }, { "Parpadea el piloto de avería", 1 },
      { "No calienta en modo bomba de calor", 3 }, { "Sale poco aire", 2 },
      { "Rejilla de la unidad interior rota", 5 } } },
  { "TV", 4300, { "Televisor LED 43\" Full HD", "Televisor LED 55\" 4K",
                  "Televisor OLED 65\" 4K", "Televisor QLED 75\" 4K" },
    96, 14, 15, { 299, 1899 }, TRUE,
    { { "Panel", 24, 260 }, { "Fuente de alimentación", 12, 45 }, { "Placa principal", 12, 70 },
      { "Retroiluminación LED", 24, 40 }, { "Mando a distancia", 6, 15 }, { "Carcasa", 6, 30 } },
    { { "No enciende", 1 }, { "La imagen se ve oscura", 3 },
      { "Líneas verticales en la pantalla", 0 },
      { "No tiene sonido", 2 }, { "Se reinicia solo", 2 },
        { "No detecta la señal de la antena", 2 },
      { "El mando no funciona", 4 }, { "Manchas en la pantalla", 0 },
      { "Se apaga a los pocos minutos", 1 }, { "Pie de soporte roto", 5 } } },
  { "LP", 5100, { "Lavavajillas 60 cm 14 servicios", "Lavavajillas integrable 60 cm",
                  "Lavavajillas 45 cm 10 servicios", "Lavavajillas 60 cm tercera bandeja" },
    120, 14, 30, { 329, 799 }, FALSE,
    { { "Motor de lavado", 24, 85 }, { "Tarjeta electrónica", 12, 75 },
      { "Bomba de desagüe", 12, 25 },
      { "Resistencia", 12, 40 }, { "Cesta", 6, 30 }, { "Carcasa", 6, 45 } },
    { { "No calienta el agua", 3 }, { "No desagua", 2 }, { "Deja la vajilla sucia", 0 },
      { "Pierde agua por debajo", 5 }, { "No enciende", 1 },
        { "Muestra el código de error E15", 1 },
      { "Hace ruido al lavar", 0 }, { "No seca bien", 3 }, { "La cesta se ha roto", 4 },
      { "La puerta cae de golpe", 5 } } },
  { "HO", 6000, { "Horno multifunción pirolítico", "Horno multifunción 71 l",
                  "Horno compacto con microondas", "Horno de vapor" },
    144, 14, 30, { 249, 899 }, FALSE,
    { { "Resistencia", 12, 35 }, { "Termostato", 12, 25 }, { "Ventilador", 24, 30 },
      { "Tarjeta electrónica", 12, 70 }, { "Cristal de puerta", 6, 45 }, { NULL } },
    { { "No calienta", 0 }, { "Calienta solo por arriba", 0 }, { "El ventilador hace ruido", 2 },
      { "No funciona el reloj", 3 }, { "Cristal de la puerta agrietado", 4 },
      { "No alcanza la temperatura", 1 }, { "La pirólisis no termina", 3 },
      { "Se apaga durante la cocción", 1 }, { NULL } } },
  { "MW", 800, { "Microondas 20 l con grill", "Microondas 25 l inverter",
                 "Microondas integrable 25 l", "Microondas 30 l con convección" },
    84, 14, 15, { 89, 349 }, TRUE,
    { { "Magnetrón", 24, 45 }, { "Tarjeta electrónica", 12, 40 }, { "Motor del plato", 12, 12 },
      { "Puerta", 6, 35 }, { NULL } },
    { { "No calienta", 0 }, { "Hace chispas en el interior", 0 }, { "El plato no gira", 2 },
      { "La puerta no cierra", 3 }, { "No enciende", 1 }, { "El teclado no responde", 1 },
      { "Hace un ruido fuerte al funcionar", 0 }, { NULL } } },
  { "SE", 8000, { "Secadora bomba de calor 8 kg", "Secadora bomba de calor 9 kg",
                  "Secadora de condensación 8 kg", "Secadora de evacuación 7 kg" },
    120, 14, 30, { 399, 899 }, FALSE,
    { { "Motor", 24, 90 }, { "Resistencia", 12, 35 }, { "Sensor de humedad", 12, 20 },
      { "Tarjeta electrónica", 12, 75 }, { "Correa", 6, 12 }, { "Carcasa", 6, 45 } },
    { { "No seca", 1 }, { "El tambor no gira", 4 }, { "Hace ruido al girar", 0 },
      { "No enciende", 3 },
      { "Se para antes de terminar", 2 }, { "La ropa sale demasiado caliente", 1 },
      { "Muestra aviso de depósito lleno sin estarlo", 2 }, { "Pierde agua", 5 }, { NULL } } },
  { "CT", 1500, { "Termo eléctrico 50 l", "Termo eléctrico 80 l",
                  "Termo eléctrico 100 l", "Calentador de gas estanco 11 l" },
    120, 14, 30, { 149, 449 }, FALSE,
    { { "Resistencia", 24, 30 }, { "Termostato", 12, 20 }, { "Cuba", 60, 160 },
      { "Válvula de seguridad", 12, 15 }, { "Carcasa", 6, 35 }, { NULL } },
    { { "No calienta el agua", 0 }, { "Gotea por la válvula", 3 }, { "Salta el diferencial", 0 },
      { "El agua sale demasiado caliente", 1 }, { "Pierde agua por la parte inferior", 2 },
      { "Tarda mucho en calentar", 0 }, { "Hace ruido al calentar", 2 }, { NULL } } },
  { "CF", 9000, { "Cafetera superautomática", "Cafetera superautomática con jarra de leche",
                  "Cafetera espresso manual", "Cafetera superautomática compacta" },
    72, 14, 15, { 199, 899 }, TRUE,
    { { "Bomba", 24, 35 }, { "Grupo de café", 12, 60 }, { "Molinillo", 24, 55 },
      { "Tarjeta electrónica", 12, 65 }, { "Carcasa", 6, 30 }, { NULL } },
    { { "No sale café", 0 }, { "Pierde agua", 1 }, { "El molinillo hace ruido", 2 },
      { "Muestra el aviso de descalcificación continuamente", 3 }, { "No enciende", 3 },
      { "El café sale frío", 3 }, { "No espuma la leche", 0 }, { NULL } } },
};

static const char *const internal_faults[] = {
  "Revisión interna tras reincidencia de avería",
  "Actualización de software por campaña del fabricante",
  "Inspección de calidad de aparato de exposición",
  "Sustitución preventiva por boletín técnico",
};

static const char *const fault_details[] = {
  " Según el cliente, empezó hace unos días.", " Ocurre de forma intermitente.",
  " El aparato tiene poco uso.", " El cliente prefiere visita por la mañana.",
  " Ya se reparó antes por el mismo motivo.", " Ocurrió después de un corte de luz.",
};

static const char *const female_names[] = {
  "María", "Carmen", "Ana", "Isabel", "Laura", "Lucía", "Marta", "Cristina", "Elena", "Pilar",
  "Rosa", "Paula", "Sara", "Raquel", "Teresa", "Beatriz", "Nuria", "Silvia", "Patricia", "Alba",
  "Irene", "Sonia", "Andrea", "Julia", "Rocío", "Montserrat", "Inmaculada", "Mercedes", "Noelia",
  "Eva", "María José", "Ana Belén", "Concepción", "Dolores", "Esther", "Lorena",
};

static const char *const male_names[] = {
  "Antonio", "José", "Manuel", "Francisco", "David", "Juan", "Javier", "Daniel", "Carlos", "Jesús",
  "Alejandro", "Miguel", "Rafael", "Pedro", "Pablo", "Ángel", "Sergio", "Fernando", "Jorge", "Luis",
  "Alberto", "Álvaro", "Diego", "Adrián", "Raúl", "Enrique", "Rubén", "Iván", "Óscar", "Andrés",
  "Joaquín", "Jaime", "José Luis", "Juan Carlos", "Ignacio", "Ramón",
};

static const char *const surnames[] = {
  "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
  "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero",
  "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez",
  "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz",
  "Rubio", "Marín", "Sanz", "Núñez", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo",
  "Santos", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Vidal",
  "León", "Márquez", "Herrera", "Peña", "Flores", "Cabrera", "Campos", "Vega", "Fuentes",
  "Carrasco", "Díez", "Caballero", "Reyes", "Nieto", "Aguilar", "Pascual", "Herrero", "Lorenzo",
  "Montero", "Hidalgo", "Ibáñez", "Ferrer", "Durán", "Benítez", "Arias",
};

static const char *const streets[] = {
  "Calle Mayor", "Calle Real", "Calle Nueva", "Calle del Sol", "Calle de la Paz",
  "Calle del Carmen", "Calle San José", "Calle Santa Ana", "Calle de Cervantes", "Calle de Goya",
  "Calle de Velázquez", "Calle de Colón", "Calle Doctor Fleming", "Calle de las Flores",
  "Calle del Pilar", "Calle de la Iglesia", "Calle Alfonso XIII", "Calle de la Estación",
  "Calle de Antonio Machado", "Calle Federico García Lorca", "Avenida de la Constitución",
  "Avenida de Andalucía", "Avenida de la Libertad", "Avenida del Mediterráneo",
  "Avenida de Europa", "Avenida de América", "Plaza de España", "Plaza Mayor",
  "Paseo de la Alameda", "Ronda Sur", "Camino Viejo", "Travesía del Olmo",
};

static const char *const business_kinds[] = {
  "Hotel", "Hostal", "Restaurante", "Bar", "Cafetería", "Clínica Dental", "Residencia",
  "Gimnasio", "Lavandería", "Panadería", "Colegio", "Academia",
};

static const char *const business_names[] = {
  "El Olivo", "La Brisa", "San Miguel", "Los Álamos", "El Mirador", "La Estrella", "Santa Lucía",
  "El Puerto", "Las Palmeras", "Sol y Mar", "La Plaza", "El Roble", "Las Encinas",
  "Virgen del Pilar",
};

static const char *const mail_domains[] = {
  "correo.example", "email.example", "buzon.example", "mail.example",
};

static const char *const retailers[] = {
  "Electrodomésticos García", "Hogar y Confort", "Comercial Levante", "ElectroHogar Sur",
  "Tienda online oficial", "Tecnocasa Norte", "Almacenes del Centro", "Electro Ebro",
  "Distribuciones Andaluzas del Hogar", "Electrodomésticos Hermanos Pardo",
};

static const char *const providers[] = {
  "Servicios Técnicos Levante S.L.", "Reparaciones Hermanos Ruiz S.L.",
  "TecnoFrío Andalucía S.L.", "Electroservicio Cantábrico S.L.", "Climatización Ebro S.L.",
  "Asistencia Técnica Costa del Sol S.L.", "Reparaciones Rápidas Castilla S.L.",
  "Servitec Mediterráneo S.L.",
};

static const char *const suppliers[] = {
  "Recambios Ibéricos S.A.", "Distribuciones Electrotécnicas del Sur S.L.",
  "Componentes Frío Industrial S.L.", "Fábrica (repuesto original)", "Electrónica Ebro S.L.",
};

static const char *const consumables[] = {
  "Fusible térmico 150 °C", "Condensador de arranque 10 µF", "Kit de tornillería inoxidable",
  "Cable de alimentación 1,5 m", "Manguera de desagüe 2 m", "Filtro antical",
  "Gas refrigerante R32 (botella 3 kg)", "Pasta térmica (jeringa 5 g)", "Bombilla LED interior",
  "Pila de botón CR2032", "Bridas de plástico (bolsa de 100)", "Pies niveladores (juego de 4)",
};

static const ToolSpec tool_specs[] = {
  { "Multímetro digital", 120 }, { "Pinza amperimétrica", 150 },
  { "Manómetro de refrigeración de 4 vías", 260 }, { "Bomba de vacío de dos etapas", 340 },
  { "Detector electrónico de fugas", 290 }, { "Estación de soldadura", 210 },
  { "Osciloscopio portátil", 690 }, { "Juego de llaves dinamométricas", 180 },
  { "Báscula de carga de refrigerante", 230 }, { "Termómetro de infrarrojos", 60 },
  { "Medidor de aislamiento", 420 }, { "Taladro percutor a batería", 160 },
  { "Maletín de herramientas del técnico", 140 },
};

static const ReturnSpec return_specs[] = {
  { "Defecto de fábrica detectado en los primeros días de uso", DEPT_PRODUCTION, 80 },
  { "El aparato llegó dañado por el transporte", DEPT_WAREHOUSE, 70 },
  { "No corresponde con el modelo pedido", DEPT_MARKETING, 60 },
  { "El cliente desiste de la compra dentro del plazo", DEPT_MARKETING, 0 },
  { "Avería repetida durante la garantía", DEPT_SERVICE, 50 },
  { "Las medidas no encajan en el hueco de instalación", DEPT_MARKETING, 30 },
  { "Ruido excesivo desde la instalación", DEPT_TECHNICAL, 60 },
};

static const char *const good_comments[] = {
  "Muy amable y puntual.", "Resolvió la avería a la primera.", "Explicó muy bien lo que pasaba.",
  "Servicio rápido, muy satisfecho.", "Dejó todo limpio y recogido.",
};

static const char *const bad_comments[] = {
  "Llegó más tarde de lo acordado.", "Tuve que llamar varias veces.",
  "La reparación tardó demasiado.", "No traía la pieza y tuvo que volver otro día.",
  "No me explicó bien el presupuesto.",
};

/* ------------------------------------------------------- repair steps */

/* What the technician takes on the visit, by product category (as categories[]). */
static const char *const category_tools[] = {
  "Multímetro y nivel", "Manómetro y detector de fugas", "Manómetro y bomba de vacío",
  "Multímetro y soldador", "Multímetro", "Multímetro y termómetro", "Medidor de aislamiento",
  "Multímetro", "Multímetro y llave de tubo", "Kit de juntas",
};

/* Templates with the failing part's name, in lower case. */
static const char *const assessments[] = {
  "Probable avería en %s.", "Revisar %s.", "Apunta a %s.", "Comprobar %s.",
};

static const char *const repairs_with_part[] = {
  "Sustitución de %s; prueba correcta.", "Cambio de %s y prueba final.",
  "Montaje de %s nuevo; funciona bien.",
};

static const char *const repairs_without_part[] = {
  "Limpieza y ajuste de %s; funciona.", "Reapriete de conexiones de %s; prueba correcta.",
  "Revisión de %s sin cambiar piezas.", "Ajuste de %s; funciona con normalidad.",
};

static const char *const diagnoses[] = {
  "Diagnóstico: avería en %s; falta repuesto.", "Diagnóstico en banco: avería en %s.",
  "Mediciones: pendiente cambio de %s.",
};

static const char *const inspection_notes[] = {
  "Dos horas de prueba sin fallos.", "Revisado sin incidencias.", "Programa completo; embalado.",
  "Consumo y temperatura correctos.", "",
};

static const char *const late_reasons[] = {
  "Acumulación de avisos en la zona: el técnico no llega en plazo.",
  "El técnico sigue en una reparación anterior que se ha complicado.",
  "Atasco en el acceso a la zona del cliente.",
};

static const char *const workshop_reasons[] = {
  "Repuesto agotado: pedido urgente al fabricante.",
  "La avería se repite después de la reparación.",
  "Pendiente de la aprobación técnica del fabricante.",
};

static const char *const early_cancellations[] = {
  "Aviso duplicado.", "El cliente ha resuelto el problema por su cuenta.",
  "El cliente anula el aviso por teléfono.",
};

static const char *const quote_refusals[] = {
  "El cliente no acepta el presupuesto.", "El cliente prefiere comprar un aparato nuevo.",
  "El cliente lo consultará con la tienda donde lo compró.",
};

static const char *const renewal_refusals[] = {
  "Va a cambiar el aparato y no quiere renovar.", "Considera la cuota demasiado alta.",
  "Se traslada a otra provincia.", "Prefiere pagar cada reparación.",
};

static const char *const seasons[] = { "invierno", "primavera", "verano", "otoño" };

/* --------------------------------------------------------------- exports */

G_STATIC_ASSERT (G_N_ELEMENTS (providers) == MAX_PROVIDERS);
G_STATIC_ASSERT (G_N_ELEMENTS (category_tools) == G_N_ELEMENTS (categories));

#define WORDS(array) { (array), G_N_ELEMENTS (array) }

const BranchSpec    *const _as_demo_branch_specs = branch_specs;
const DeptSpec      *const _as_demo_dept_specs = dept_specs;
const CategorySpec  *const _as_demo_categories = categories;
const guint                _as_demo_n_categories = G_N_ELEMENTS (categories);
const ToolSpec      *const _as_demo_tool_specs = tool_specs;
const guint                _as_demo_n_tool_specs = G_N_ELEMENTS (tool_specs);
const ReturnSpec    *const _as_demo_return_specs = return_specs;
const guint                _as_demo_n_return_specs = G_N_ELEMENTS (return_specs);

const WordList _as_demo_internal_faults = WORDS (internal_faults);
const WordList _as_demo_fault_details = WORDS (fault_details);
const WordList _as_demo_female_names = WORDS (female_names);
const WordList _as_demo_male_names = WORDS (male_names);
const WordList _as_demo_surnames = WORDS (surnames);
const WordList _as_demo_streets = WORDS (streets);
const WordList _as_demo_business_kinds = WORDS (business_kinds);
const WordList _as_demo_business_names = WORDS (business_names);
const WordList _as_demo_mail_domains = WORDS (mail_domains);
const WordList _as_demo_retailers = WORDS (retailers);
const WordList _as_demo_providers = WORDS (providers);
const WordList _as_demo_suppliers = WORDS (suppliers);
const WordList _as_demo_consumables = WORDS (consumables);
const WordList _as_demo_good_comments = WORDS (good_comments);
const WordList _as_demo_bad_comments = WORDS (bad_comments);
const WordList _as_demo_category_tools = WORDS (category_tools);
const WordList _as_demo_assessments = WORDS (assessments);
const WordList _as_demo_repairs_with_part = WORDS (repairs_with_part);
const WordList _as_demo_repairs_without_part = WORDS (repairs_without_part);
const WordList _as_demo_diagnoses = WORDS (diagnoses);
const WordList _as_demo_inspection_notes = WORDS (inspection_notes);
const WordList _as_demo_late_reasons = WORDS (late_reasons);
const WordList _as_demo_workshop_reasons = WORDS (workshop_reasons);
const WordList _as_demo_early_cancellations = WORDS (early_cancellations);
const WordList _as_demo_quote_refusals = WORDS (quote_refusals);
const WordList _as_demo_renewal_refusals = WORDS (renewal_refusals);
const WordList _as_demo_seasons = WORDS (seasons);
