/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo data: a reproducible, realistic Spanish after-sales department written
 * into an empty database. Speed comes from one transaction, reused bulk
 * statements, and indexes, triggers and free-text indexes built once at the
 * end instead of row by row. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-demo.h"
#include "as-types.h"

#define MAX_PARTS     6
#define MAX_FAULTS    10
#define MAX_BRANCHES  7
#define DAY           86400
#define HOUR          3600
#define NEVER         G_MAXINT64

/* ---------------------------------------------------------- Spanish data */

typedef struct
{
  const char *name;
  const char *address;
  const char *cities[5];        /* the first is the branch's own city: urban zone */
  const char *area_code;        /* landline prefix of the province */
  guint       weight;           /* share of the customers */
} BranchSpec;

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

enum
{
  DEPT_RD, DEPT_DESIGN, DEPT_PRODUCTION, DEPT_TECHNICAL, DEPT_WAREHOUSE, DEPT_MARKETING,
  DEPT_FINANCE, DEPT_PURCHASING, DEPT_SERVICE, DEPT_HOTLINE, DEPT_MANAGEMENT, N_DEPTS
};

/* Kinds are the codes of as-labels.c. */
static const struct { const char *name, *kind; } dept_specs[N_DEPTS] = {
  { "I+D", "rd" }, { "Diseño", "design" }, { "Producción", "production" },
  { "Técnico", "technical" }, { "Almacén y transporte", "warehouse_transport" },
  { "Marketing", "marketing" }, { "Finanzas", "finance" }, { "Compras", "purchasing" },
  { "Servicio posventa", "after_sales" },
  { "Línea directa / supervisión corporativa", "hotline_supervision" },
  { "Dirección", "management" },
};

typedef struct
{
  const char *name;
  guint8      warranty_months;
  guint16     cost_euros;
} PartSpec;

typedef struct
{
  const char *text;
  guint8      part;             /* index of the part that usually causes it */
} FaultSpec;

typedef struct
{
  const char *prefix;
  guint       first_number;
  const char *names[4];
  guint16     service_life_months;
  guint8      return_days;
  guint8      exchange_days;
  guint16     price_euros[2];
  gboolean    carry_in;         /* small enough to be taken to the workshop */
  PartSpec    parts[MAX_PARTS];
  FaultSpec   faults[MAX_FAULTS];
} CategorySpec;

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

static const struct { const char *name; guint16 euros; } tool_specs[] = {
  { "Multímetro digital", 120 }, { "Pinza amperimétrica", 150 },
  { "Manómetro de refrigeración de 4 vías", 260 }, { "Bomba de vacío de dos etapas", 340 },
  { "Detector electrónico de fugas", 290 }, { "Estación de soldadura", 210 },
  { "Osciloscopio portátil", 690 }, { "Juego de llaves dinamométricas", 180 },
  { "Báscula de carga de refrigerante", 230 }, { "Termómetro de infrarrojos", 60 },
  { "Medidor de aislamiento", 420 }, { "Taladro percutor a batería", 160 },
  { "Maletín de herramientas del técnico", 140 },
};

typedef struct
{
  const char *kind;
  const char *subject;
  const char *description;
  guint8      department;
  guint8      weight;
  gboolean    serious;          /* goes to the deputy general manager, always urgent */
} ComplaintSpec;

static const ComplaintSpec complaint_specs[] = {
  { "complaint", "El aparato se ha averiado tres veces en seis meses",
    "La misma avería se repite después de cada reparación; el cliente pide la sustitución.",
    DEPT_PRODUCTION, 6 },
  { "complaint", "Consumo eléctrico muy superior al de la etiqueta",
    "El cliente ha medido el consumo y supera claramente el de la etiqueta energética.",
    DEPT_TECHNICAL, 3 },
  { "complaint", "Ruido excesivo durante el funcionamiento",
    "El ruido continúa después de la visita del técnico y no deja dormir al cliente.", DEPT_RD, 4 },
  { "complaint", "La superficie exterior se calienta en exceso",
    "El cliente teme que alguien se queme; hay niños en casa.", DEPT_DESIGN, 2 },
  { "opinion", "El panel de mandos es poco intuitivo",
    "El cliente propone simplificar los menús y poner los textos en castellano.", DEPT_DESIGN, 2 },
  { "complaint", "Óxido en la carcasa a los pocos meses de uso",
    "Han aparecido manchas de óxido en la parte inferior del aparato.", DEPT_PRODUCTION, 3 },
  { "complaint", "Se reinicia solo tras actualizar el software",
    "Desde la última actualización el aparato se reinicia varias veces al día.",
    DEPT_TECHNICAL, 2 },
  { "consultation", "Medidas para la instalación en un hueco de 60 cm",
    "El cliente pregunta por las medidas de encastre y la ventilación necesaria.",
    DEPT_TECHNICAL, 2 },
  { "complaint", "Olor a quemado al usar el aparato",
    "El cliente percibe olor a quemado y ha dejado de usarlo por seguridad.", DEPT_TECHNICAL, 1 },
  { "complaint", "Embalaje dañado en la entrega",
    "La caja llegó abierta y golpeada; el aparato tiene arañazos.", DEPT_WAREHOUSE, 5 },
  { "complaint", "El aparato llegó con un golpe en el lateral",
    "El transportista entregó el aparato con una abolladura visible.", DEPT_WAREHOUSE, 3 },
  { "complaint", "Retraso en la entrega a domicilio",
    "La entrega se ha retrasado más de una semana sobre la fecha acordada.", DEPT_WAREHOUSE, 3 },
  { "complaint", "Trato poco amable del técnico",
    "El cliente considera que el técnico fue descortés y no le explicó la reparación.",
    DEPT_MARKETING, 3 },
  { "complaint", "El técnico no acudió a la cita",
    "El cliente esperó toda la mañana y nadie le avisó del cambio de cita.", DEPT_MARKETING, 4 },
  { "complaint", "Instalación deficiente",
    "El instalador dejó el aparato mal nivelado y restos de obra en la cocina.",
    DEPT_MARKETING, 2 },
  { "complaint", "Falta de seguimiento del servicio posventa",
    "Ha llamado varias veces sin recibir respuesta sobre el estado de su reparación.",
    DEPT_MARKETING, 4 },
  { "complaint", "La tienda se niega a tramitar la garantía",
    "El distribuidor remite al cliente al fabricante sin tramitar la reparación.",
    DEPT_MARKETING, 2 },
  { "complaint", "El vendedor informó mal de la garantía",
    "En la tienda le aseguraron una garantía de tres años para todas las piezas.",
    DEPT_MARKETING, 2 },
  { "consultation", "Consulta sobre la cobertura de la garantía",
    "El cliente pregunta qué piezas cubre la garantía y durante cuánto tiempo.", DEPT_SERVICE, 8 },
  { "consultation", "Solicitud del manual de instrucciones",
    "El cliente ha perdido el manual y pide que se lo envíen por correo electrónico.",
    DEPT_SERVICE, 4 },
  { "consultation", "Información sobre contratos de mantenimiento",
    "El cliente quiere conocer precios y condiciones del contrato de mantenimiento.",
    DEPT_SERVICE, 4 },
  { "consultation", "Estado de una reparación en curso",
    "El cliente pregunta cuándo le devolverán el aparato que está en el taller.", DEPT_SERVICE, 6 },
  { "suggestion", "Ampliar el horario de atención telefónica",
    "Propone atender también los sábados por la tarde.", DEPT_SERVICE, 2 },
  { "suggestion", "Avisar por SMS antes de la visita del técnico",
    "Le gustaría recibir un mensaje una hora antes de que llegue el técnico.", DEPT_SERVICE, 2 },
  { "suggestion", "Ofrecer un aparato de sustitución durante la reparación",
    "Propone prestar un aparato mientras el suyo está en el taller.", DEPT_SERVICE, 2 },
  { "opinion", "Felicitación por la rapidez de la reparación",
    "El cliente agradece que el técnico resolviera la avería en la primera visita.",
    DEPT_SERVICE, 4 },
  { "opinion", "Muy buena atención de la línea directa",
    "El cliente destaca la amabilidad de la persona que le atendió.", DEPT_SERVICE, 2 },
  { "complaint", "Amenaza de reclamación judicial por avería repetida",
    "El cliente anuncia acciones legales si no se le sustituye el aparato.",
    DEPT_MANAGEMENT, 1, TRUE },
  { "complaint", "Queja difundida en redes sociales y prensa local",
    "La queja sobre una reparación ha tenido eco en los medios de la zona.",
    DEPT_MANAGEMENT, 1, TRUE },
  { "complaint", "Reclamación presentada ante la oficina de consumo",
    "El cliente ha presentado una hoja de reclamaciones oficial.", DEPT_MANAGEMENT, 1, TRUE },
};

static const struct
{
  const char *reason;
  guint8      department;
  guint8      exchange_percent;
} return_specs[] = {
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

/* ------------------------------------------------------------ structs */

enum
{
  T_BRANCHES, T_DEPARTMENTS, T_STAFF, T_PROVIDERS, T_MODELS, T_MODEL_PARTS, T_CUSTOMERS,
  T_UNITS, T_CONTRACTS, T_CONTRACT_UNITS, T_WAREHOUSES, T_SPARE_PARTS, T_TOOLS, T_REPAIRS,
  T_SURVEYS, T_MOVEMENTS, T_STOCK, T_COMPLAINTS, T_RETURNS, N_TABLES
};

static const struct { const char *name, *insert; } tables[N_TABLES] = {
  { "branches", "INSERT INTO branches (id, name, address, phone, is_centre) VALUES (?,?,?,?,?)" },
  { "departments", "INSERT INTO departments (id, name, kind) VALUES (?,?,?)" },
  { "staff", "INSERT INTO staff (id, name, roles, branch_id, department_id, phone, email,"
             " certificate, certificate_expiry, active) VALUES (?,?,?,?,?,?,?,?,?,?)" },
  { "providers", "INSERT INTO providers (id, name, contact, phone, email, contract_end)"
                 " VALUES (?,?,?,?,?,?)" },
  { "product_models", "INSERT INTO product_models (id, code, name, service_life_months,"
                      " return_days, exchange_days, return_conditions) VALUES (?,?,?,?,?,?,?)" },
  { "model_parts",
    "INSERT INTO model_parts (id, model_id, name, warranty_months) VALUES (?,?,?,?)" },
  { "customers", "INSERT INTO customers (id, name, address, phone, email, zone, key_customer)"
                 " VALUES (?,?,?,?,?,?,?)" },
  { "units", "INSERT INTO units (id, serial, model_id, customer_id, sale_date, retailer)"
             " VALUES (?,?,?,?,?,?)" },
  { "contracts", "INSERT INTO contracts (id, customer_id, start_date, end_date, fee_cents, status)"
                 " VALUES (?,?,?,?,?,?)" },
  { "contract_units", "INSERT INTO contract_units (contract_id, unit_id) VALUES (?,?)" },
  { "warehouses", "INSERT INTO warehouses (id, name, branch_id) VALUES (?,?,?)" },
  { "spare_parts", "INSERT INTO spare_parts (id, part_no, name, model_id, unit_cost_cents,"
                   " list_price_cents, supplier, reorder_point, reorder_qty)"
                   " VALUES (?,?,?,?,?,?,?,?,?)" },
  { "tools", "INSERT INTO tools (id, tag, description, value_cents, purchase_date, condition,"
             " holder_id) VALUES (?,?,?,?,?,?,?)" },
  { "repair_orders", "INSERT INTO repair_orders (id, customer_id, unit_id, model_id, serial,"
                     " address, phone, fault, channel, zone, category, status, received_by,"
                     " received_at, technician_id, provider_id, branch_id, promised_date,"
                     " closed_at, labour_minutes)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" },
  { "surveys", "INSERT INTO surveys (id, repair_id, surveyed_at, attitude, skill, arrival,"
               " commitment, comments) VALUES (?,?,?,?,?,?,?,?)" },
  { "stock_movements", "INSERT INTO stock_movements (part_id, warehouse_id, kind, quantity,"
                       " balance, repair_id, reason, staff_id, at) VALUES (?,?,?,?,?,?,?,?,?)" },
  { "stock", "INSERT INTO stock (part_id, warehouse_id, quantity, location) VALUES (?,?,?,?)" },
  { "complaints", "INSERT INTO complaints (id, received_at, channel, kind, customer_id, unit_id,"
                  " subject, description, received_by, urgent, department_id, handler_id, status,"
                  " due_at, answered_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" },
  { "returns", "INSERT INTO returns (id, unit_id, customer_id, kind, reason, decision,"
               " requested_at, department_id, refund_cents) VALUES (?,?,?,?,?,?,?,?,?)" },
};

typedef struct
{
  gint32  certificate_expiry;   /* day; G_MAXINT32 for staff without a certificate */
  float   quality;              /* the mean rating customers give this person */
} Person;

typedef struct
{
  const char *code;
  const char *serial_prefix;    /* the code without its dash */
  guint8      category;
  guint8      n_parts;
  guint32     price_cents;
  gint32      spare_of_part[MAX_PARTS];   /* spare index, or -1 */
} Model;

typedef struct
{
  const char *name;
  const char *address;
  const char *phone;
  guint8      branch;
  gboolean    suburban;
} Customer;

typedef struct
{
  const char *serial;
  guint32     customer;
  guint16     model;
  gint32      sale_day;
  gint32      cover_start;      /* maintenance contract; cover_end < cover_start when none */
  gint32      cover_end;
} Unit;

typedef struct
{
  guint16 reorder_point;
  guint16 reorder_qty;
} Spare;

typedef struct
{
  gint64  at;
  guint32 repair_id;
  guint32 staff_id;
  guint16 spare;
  guint8  warehouse;
  guint8  quantity;
} Movement;

/* One repair order while it is being made up. */
typedef struct
{
  guint32     id;
  gint64      received;
  guint32     unit;             /* index + 1, 0 when the unit is not registered */
  guint32     customer;
  guint16     model;
  guint8      part;
  gboolean    internal;
  gboolean    workshop;
  const char *category;
  guint32     receptionist;
  guint32     technician;
  guint32     provider;
  gint32      promised;
  gint64      closed;           /* NEVER while open */
  guint       labour;
  char        fault[160];
} Repair;

typedef struct
{
  AsDatabase     *db;
  sqlite3        *handle;
  GCancellable   *cancellable;
  AsDemoProgress  progress;
  gpointer        progress_data;
  double          phase_start;
  double          phase_span;
  int             last_percent;

  guint64         rng;
  guint64         seed;
  guint           n_repairs;
  gint64          now;          /* seconds since 1970-01-01 00:00 in local time */
  gint32          today;
  gint32          first_day;    /* start of the 18 months covered */
  guint           n_days;
  double         *activity;     /* cumulative day weights, n_days + 1 entries */

  sqlite3_stmt   *stmts[N_TABLES];
  guint           counts[N_TABLES];
  sqlite3_stmt   *row;
  int             row_table;
  int             column;
  GPtrArray      *saved_schema;
  GStringChunk   *strings;

  guint           n_branches;
  GArray         *people;
  GArray         *receptionists[MAX_BRANCHES];
  GArray         *technicians[MAX_BRANCHES];
  GArray         *hotline;
  GArray         *service_staff;
  GHashTable     *staff_mails;
  guint32         contact[N_DEPTS];
  guint           n_providers;
  gint32          provider_end[G_N_ELEMENTS (providers)];
  GArray         *models;
  GArray         *customers;
  GArray         *units;
  guint          *customer_units;       /* unit indexes grouped by customer */
  guint          *customer_first_unit;  /* n_customers + 1 offsets into customer_units */
  guint           first_unit_in_window;
  GArray         *spares;
  GArray         *consumables;          /* spare indexes that fit any model */
  gint32         *balance;              /* per spare × warehouse; -1 when not stocked there */
  gint64         *last_movement;
  GArray         *movements;
} Generator;

/* ------------------------------------------------------------------ PRNG */

/* splitmix64: tiny, fast, and the same on every platform. */
static inline guint64
rng_next (Generator *gen)
{
  guint64 z = (gen->rng += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static inline guint
rng_below (Generator *gen,
           guint      n)
{
  return (guint) (((rng_next (gen) >> 32) * n) >> 32);
}

static inline int
rng_between (Generator *gen,
             int        low,
             int        high)
{
  return low + (int) rng_below (gen, (guint) (high - low + 1));
}

static inline double
rng_double (Generator *gen)
{
  return (rng_next (gen) >> 11) * (1.0 / 9007199254740992.0);
}

static inline gboolean
rng_percent (Generator *gen,
             guint      percent)
{
  return rng_below (gen, 100) < percent;
}

#define PICK(gen, array) ((array)[rng_below ((gen), G_N_ELEMENTS (array))])

/* -------------------------------------------------------------- calendar */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
static gint32
days_from_civil (int y,
                 int m,
                 int d)
{
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
civil_from_days (gint32  z,
                 int    *y,
                 int    *m,
                 int    *d)
{
  int era, doe, yoe, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

/* 0 is Sunday; 1970-01-01 was a Thursday. */
static int
weekday (gint32 day)
{
  return (day % 7 + 11) % 7;
}

static gint32
add_months (gint32 day,
            int    months)
{
  int y, m, d, index, last;

  civil_from_days (day, &y, &m, &d);
  index = y * 12 + (m - 1) + months;
  y = index / 12;
  m = index % 12 + 1;
  last = days_from_civil (m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - days_from_civil (y, m, 1);
  return days_from_civil (y, m, MIN (d, last));
}

/* National holidays on fixed dates: the department is closed. */
static gboolean
is_holiday (gint32 day)
{
  static const guint16 holidays[] = { 101, 106, 501, 815, 1012, 1101, 1206, 1208, 1225 };
  int y, m, d;

  civil_from_days (day, &y, &m, &d);
  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    if (holidays[i] == m * 100 + d)
      return TRUE;
  return FALSE;
}

static inline gint32
day_of (gint64 moment)
{
  return (gint32) (moment / DAY);
}

static void
put_number (char *out,
            int   value,
            int   width)
{
  for (int i = width - 1; i >= 0; i--, value /= 10)
    out[i] = (char) ('0' + value % 10);
}

/* "YYYY-MM-DD" into @out, 11 bytes. */
static void
format_date (gint32  day,
             char   *out)
{
  int y, m, d;

  civil_from_days (day, &y, &m, &d);
  put_number (out, y, 4);
  out[4] = '-';
  put_number (out + 5, m, 2);
  out[7] = '-';
  put_number (out + 8, d, 2);
  out[10] = '\0';
}

/* "YYYY-MM-DD HH:MM:SS" into @out, 20 bytes. */
static void
format_moment (gint64  moment,
               char   *out)
{
  int seconds = (int) (moment % DAY);

  format_date (day_of (moment), out);
  out[10] = ' ';
  put_number (out + 11, seconds / HOUR, 2);
  out[13] = ':';
  put_number (out + 14, seconds / 60 % 60, 2);
  out[16] = ':';
  put_number (out + 17, seconds % 60, 2);
  out[19] = '\0';
}

/* -------------------------------------------------------- working hours */

/* The department opens 9:00–14:00 and 16:00–20:00 on weekdays and
 * 10:00–14:00 on Saturdays; times are drawn within those hours. */
static guint
open_seconds (gint32 day)
{
  int wd = weekday (day);

  if (wd == 0 || is_holiday (day))
    return 0;
  return wd == 6 ? 4 * HOUR : 9 * HOUR;
}

static guint
clock_of_open_second (gint32 day,
                      guint  offset)
{
  if (weekday (day) == 6)
    return 10 * HOUR + offset;
  return offset < 5 * HOUR ? 9 * HOUR + offset : 16 * HOUR + offset - 5 * HOUR;
}

static guint
open_seconds_before (gint32 day,
                     guint  clock)
{
  guint total = open_seconds (day), offset;

  if (total == 0)
    return 0;
  if (weekday (day) == 6)
    offset = clock > 10 * HOUR ? clock - 10 * HOUR : 0;
  else if (clock < 14 * HOUR)
    offset = clock > 9 * HOUR ? clock - 9 * HOUR : 0;
  else
    offset = clock > 16 * HOUR ? 5 * HOUR + clock - 16 * HOUR : 5 * HOUR;
  return MIN (offset, total);
}

/* A moment during opening hours some days after @from: @min_days to
 * @max_days later, and on the same day at least an hour after @from. */
static gint64
later_open_moment (Generator *gen,
                   gint64     from,
                   int        min_days,
                   int        max_days)
{
  gint32 first = day_of (from);
  gint32 day = first + rng_between (gen, min_days, max_days);

  for (;; day++)
    {
      guint total = open_seconds (day);
      guint earliest = day == first ? open_seconds_before (day, (guint) (from % DAY)) + HOUR : 0;

      if (total > earliest)
        return (gint64) day * DAY +
               clock_of_open_second (day, earliest + rng_below (gen, total - earliest));
    }
}

/* Busier in summer (air conditioning, fridges) and slowly growing. */
static double
day_activity (Generator *gen,
              gint32     day)
{
  guint seconds = day == gen->today ? open_seconds_before (day, (guint) (gen->now % DAY))
                                    : open_seconds (day);
  int y, m, d;
  double season, growth;

  civil_from_days (day, &y, &m, &d);
  season = m >= 6 && m <= 8 ? 1.35 : m == 12 || m == 1 ? 1.1 : 1.0;
  growth = 0.85 + 0.3 * (day - gen->first_day) / (double) gen->n_days;
  return seconds / (9.0 * HOUR) * season * growth;
}

static void
build_activity (Generator *gen)
{
  gen->n_days = (guint) (gen->today - gen->first_day + 1);
  gen->activity = g_new (double, gen->n_days + 1);
  gen->activity[0] = 0;
  for (guint i = 0; i < gen->n_days; i++)
    gen->activity[i + 1] = gen->activity[i] + day_activity (gen, gen->first_day + (gint32) i);
}

/* The moment of event @i of @n spread over the 18 months: each event falls at a
 * random point of its own slice of the total activity, so the events come out
 * in order, during opening hours, and busy days get more of them. */
static gint64
spread_moment (Generator *gen,
               guint      i,
               guint      n)
{
  double total = gen->activity[gen->n_days];
  double slot = (i + rng_double (gen)) / n;     /* not inside MIN (): it evaluates twice */
  double target = MIN (slot, 1.0 - 1e-12) * total;
  guint low = 1, high = gen->n_days;
  gint32 day;
  double within;

  while (low < high)            /* the first day whose cumulative activity passes target */
    {
      guint mid = (low + high) / 2;
      if (gen->activity[mid] > target)
        high = mid;
      else
        low = mid + 1;
    }
  day = gen->first_day + (gint32) low - 1;
  within = (target - gen->activity[low - 1]) / (gen->activity[low] - gen->activity[low - 1]);
  if (day == gen->today)
    within *= open_seconds_before (day, (guint) (gen->now % DAY)) / (double) open_seconds (day);
  return (gint64) day * DAY + clock_of_open_second (day, (guint) (within * open_seconds (day)));
}

/* ------------------------------------------------------------------ text */

/* Lower-case ASCII for e-mail addresses: "Núñez" → "nunez". */
static void
fold_ascii (const char *in,
            char       *out,
            gsize       size)
{
  static const char latin1[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
  gsize n = 0;

  for (const guchar *p = (const guchar *) in; *p && n + 1 < size; p++)
    {
      if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF)
        out[n++] = latin1[(*++p - 0x80) & 0x1F];
      else if (g_ascii_isalnum (*p))
        out[n++] = g_ascii_tolower (*p);
    }
  out[n] = '\0';
}

static void
make_phone (Generator  *gen,
            const char *area_code,
            char       *out)
{
  char digits[10];
  gsize prefix = area_code ? strlen (area_code) : 1;

  if (area_code)
    memcpy (digits, area_code, prefix);
  else
    digits[0] = rng_percent (gen, 92) ? '6' : '7';
  for (gsize i = prefix; i < 9; i++)
    digits[i] = (char) ('0' + rng_below (gen, 10));
  g_snprintf (out, 20, "+34 %.3s %.3s %.3s", digits, digits + 3, digits + 6);
}

/* A person's full name, and the matching "nombre.apellido" for e-mails. */
static void
make_person_name (Generator *gen,
                  char      *name,
                  char      *mail_local)
{
  const char *first = rng_percent (gen, 50) ? PICK (gen, female_names) : PICK (gen, male_names);
  const char *surname1 = PICK (gen, surnames);
  const char *surname2 = PICK (gen, surnames);
  char first_word[32], first_ascii[32], surname_ascii[32];

  g_snprintf (name, 80, "%s %s %s", first, surname1, surname2);
  g_strlcpy (first_word, first, MIN (sizeof first_word, strcspn (first, " ") + 1));
  fold_ascii (first_word, first_ascii, sizeof first_ascii);
  fold_ascii (surname1, surname_ascii, sizeof surname_ascii);
  g_snprintf (mail_local, 64, "%s.%s", first_ascii, surname_ascii);
}

static void
make_address (Generator  *gen,
              const char *city,
              char       *out)
{
  guint number = rng_between (gen, 1, 180);

  if (rng_percent (gen, 60))
    g_snprintf (out, 120, "%s, %u, %uº %c, %s", PICK (gen, streets), number,
                rng_between (gen, 1, 8), 'A' + rng_below (gen, 4), city);
  else
    g_snprintf (out, 120, "%s, %u, %s", PICK (gen, streets), number, city);
}

/* ------------------------------------------------------------- rows */

/* Statements are bound column by column in the order of their SQL. */
static void
row_begin (Generator *gen,
           int        table)
{
  gen->row = gen->stmts[table];
  gen->row_table = table;
  gen->column = 0;
}

static void
col_int (Generator *gen,
         gint64     value)
{
  sqlite3_bind_int64 (gen->row, ++gen->column, value);
}

/* Ids are 1-based; 0 stands for "none". */
static void
col_id (Generator *gen,
        guint32    id)
{
  if (id == 0)
    sqlite3_bind_null (gen->row, ++gen->column);
  else
    sqlite3_bind_int64 (gen->row, ++gen->column, id);
}

/* For strings that outlive the statements: static tables and gen->strings. */
static void
col_text (Generator  *gen,
          const char *text)
{
  sqlite3_bind_text (gen->row, ++gen->column, text, -1, SQLITE_STATIC);
}

static void
col_copy (Generator  *gen,
          const char *text)
{
  sqlite3_bind_text (gen->row, ++gen->column, text, -1, SQLITE_TRANSIENT);
}

static void
col_date (Generator *gen,
          gint32     day)
{
  char text[11];

  format_date (day, text);
  col_copy (gen, text);
}

static void
col_moment (Generator *gen,
            gint64     moment)
{
  char text[20];

  if (moment == NEVER)
    {
      sqlite3_bind_null (gen->row, ++gen->column);
      return;
    }
  format_moment (moment, text);
  col_copy (gen, text);
}

static void
set_failure (Generator  *gen,
             GError    **error)
{
  if (g_cancellable_set_error_if_cancelled (gen->cancellable, error))
    return;
  g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
               _("Could not generate the demo data: %s"), sqlite3_errmsg (gen->handle));
}

static gboolean
row_end (Generator  *gen,
         GError    **error)
{
  int rc = sqlite3_step (gen->row);

  sqlite3_reset (gen->row);
  if (rc != SQLITE_DONE)
    {
      set_failure (gen, error);
      return FALSE;
    }
  gen->counts[gen->row_table]++;
  return TRUE;
}

static gboolean
exec (Generator   *gen,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (gen->handle, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      set_failure (gen, error);
      return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------- progress and cancel */

static void
report_progress (Generator *gen,
                 double     fraction)
{
  int percent = (int) (fraction * 100);

  if (gen->progress == NULL || percent <= gen->last_percent)
    return;
  gen->last_percent = percent;
  gen->progress (fraction, gen->progress_data);
}

static void
enter_phase (Generator *gen,
             double     start,
             double     end)
{
  gen->phase_start = start;
  gen->phase_span = end - start;
  report_progress (gen, start);
}

/* Called every so many rows: reports progress within the phase and stops on cancel. */
static gboolean
tick (Generator  *gen,
      guint       done,
      guint       total,
      GError    **error)
{
  report_progress (gen, gen->phase_start + gen->phase_span * done / MAX (total, 1));
  return !g_cancellable_set_error_if_cancelled (gen->cancellable, error);
}

/* Interrupts long statements (index builds, free-text fills) on cancel. */
static int
on_sqlite_progress_cb (void *data)
{
  Generator *gen = data;

  return g_cancellable_is_cancelled (gen->cancellable);
}

/* --------------------------------------------------------------- schema */

static gboolean
prepare_statements (Generator  *gen,
                    GError    **error)
{
  for (int t = 0; t < N_TABLES; t++)
    if (sqlite3_prepare_v3 (gen->handle, tables[t].insert, -1, SQLITE_PREPARE_PERSISTENT,
                            &gen->stmts[t], NULL) != SQLITE_OK)
      {
        set_failure (gen, error);
        return FALSE;
      }
  return TRUE;
}

static gboolean
check_empty (Generator  *gen,
             GError    **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT EXISTS (");

  for (int t = 0; t < N_TABLES; t++)
    g_string_append_printf (sql, "%sSELECT 1 FROM %s", t ? " UNION ALL " : "", tables[t].name);
  g_string_append (sql, ")");
  if (!as_database_is_empty (gen->db) || as_database_query_int (gen->db, sql->str, 1) != 0)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("Demo data can only be generated into an empty database, "
                     "and this one already holds records."));
      return FALSE;
    }
  return TRUE;
}

/* Indexes and triggers are dropped for the bulk insert and recreated from their
 * own SQL afterwards: building an index once is far faster than keeping it up
 * to date row by row, and the free-text indexes are filled in one pass. */
static gboolean
drop_secondary_objects (Generator  *gen,
                        GError    **error)
{
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (sqlite3_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (gen->handle,
                          "SELECT type, name, sql FROM sqlite_schema"
                          " WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
                          " AND tbl_name <> 'audit_log' ORDER BY type = 'trigger', rowid",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      set_failure (gen, error);
      return FALSE;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *keyword = g_str_equal (type, "index") ? "INDEX" : "TRIGGER";

      g_ptr_array_add (drops, sqlite3_mprintf ("DROP %s \"%w\"", keyword,
                                               sqlite3_column_text (stmt, 1)));
      g_ptr_array_add (gen->saved_schema, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < drops->len; i++)
    if (!exec (gen, g_ptr_array_index (drops, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
recreate_secondary_objects (Generator  *gen,
                            GError    **error)
{
  for (guint i = 0; i < gen->saved_schema->len; i++)
    {
      if (!exec (gen, g_ptr_array_index (gen->saved_schema, i), error) ||
          !tick (gen, i + 1, gen->saved_schema->len, error))
        return FALSE;
    }
  return TRUE;
}

/* The same rows the insert triggers would have written. */
static gboolean
fill_free_text (Generator  *gen,
                GError    **error)
{
  static const char *const fills[] = {
    "INSERT INTO customer_fts (rowid, name, address, phone, email)"
    " SELECT id, name, address, phone, email FROM customers ORDER BY id",
    "INSERT INTO complaint_fts (rowid, subject, description)"
    " SELECT id, subject, description FROM complaints ORDER BY id",
    "INSERT INTO repair_fts (rowid, customer, serial, fault)"
    " SELECT r.id, c.name, r.serial, r.fault FROM repair_orders r"
    " LEFT JOIN customers c ON c.id = r.customer_id ORDER BY r.id",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fills); i++)
    if (!exec (gen, fills[i], error) || !tick (gen, i + 1, G_N_ELEMENTS (fills), error))
      return FALSE;
  return TRUE;
}

/* --------------------------------------------------------- organisation */

static gboolean
create_branches (Generator  *gen,
                 GError    **error)
{
  gen->n_branches = gen->n_repairs < 10000 ? 4 : gen->n_repairs < 200000 ? 6 : MAX_BRANCHES;
  for (guint b = 0; b < gen->n_branches; b++)
    {
      char phone[20];

      make_phone (gen, branch_specs[b].area_code, phone);
      row_begin (gen, T_BRANCHES);
      col_int (gen, b + 1);
      col_text (gen, branch_specs[b].name);
      col_text (gen, branch_specs[b].address);
      col_copy (gen, phone);
      col_int (gen, b == 0);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
create_departments (Generator  *gen,
                    GError    **error)
{
  for (int d = 0; d < N_DEPTS; d++)
    {
      row_begin (gen, T_DEPARTMENTS);
      col_int (gen, d + 1);
      col_text (gen, dept_specs[d].name);
      col_text (gen, dept_specs[d].kind);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

/* Technicians hold a qualification certificate. Apart from the first of every
 * branch, one in eight has let it lapse and is no longer dispatched, and one in
 * eight must renew it within two months. */
static gint32
choose_certificate_expiry (Generator *gen,
                           guint      i)
{
  if (i >= gen->n_branches && (i - gen->n_branches) % 8 == 0)
    return gen->today - rng_between (gen, 5, 300);
  if (i >= gen->n_branches && (i - gen->n_branches) % 8 == 3)
    return gen->today + rng_between (gen, 1, 60);
  return gen->today + rng_between (gen, 61, 1100);
}

static gboolean
add_person (Generator  *gen,
            guint32     roles,
            guint       branch,
            int         department,
            gint32      expiry,
            gboolean    active,
            guint32    *out_id,
            GError    **error)
{
  guint32 id = gen->people->len + 1;
  char name[80], mail_local[64], email[96], phone[20], certificate[24];
  Person person = { expiry, (float) (2.6 + 1.2 * rng_double (gen)) };
  int issued, m, d;

  make_person_name (gen, name, mail_local);
  /* Namesakes get their staff number in the address. */
  if (g_hash_table_contains (gen->staff_mails, mail_local))
    g_snprintf (email, sizeof email, "%s%u@posventa.example", mail_local, id);
  else
    g_snprintf (email, sizeof email, "%s@posventa.example", mail_local);
  g_hash_table_add (gen->staff_mails, g_strdup (mail_local));
  make_phone (gen, NULL, phone);
  /* Certificates are valid for three years. */
  civil_from_days (add_months (MIN (expiry, gen->today + 2000), -36), &issued, &m, &d);
  g_snprintf (certificate, sizeof certificate, "CT-%04d-%05u", issued, id);
  g_array_append_val (gen->people, person);

  row_begin (gen, T_STAFF);
  col_int (gen, id);
  col_copy (gen, name);
  col_int (gen, roles);
  col_int (gen, branch + 1);
  col_int (gen, department + 1);
  col_copy (gen, phone);
  col_copy (gen, email);
  col_copy (gen, expiry == G_MAXINT32 ? "" : certificate);
  if (expiry == G_MAXINT32)
    sqlite3_bind_null (gen->row, ++gen->column);
  else
    col_date (gen, expiry);
  col_int (gen, active);
  if (out_id)
    *out_id = id;
  return row_end (gen, error);
}

static gboolean
add_people (Generator  *gen,
            guint       count,
            guint32     roles,
            int         department,
            GArray     *ids,
            GError    **error)
{
  for (guint i = 0; i < count; i++)
    {
      guint32 id;

      if (!add_person (gen, roles, 0, department, G_MAXINT32, TRUE, &id, error))
        return FALSE;
      if (ids)
        g_array_append_val (ids, id);
    }
  return TRUE;
}

static guint
pick_branch (Generator *gen)
{
  guint total = 0, draw;

  for (guint b = 0; b < gen->n_branches; b++)
    total += branch_specs[b].weight;
  draw = rng_below (gen, total);
  for (guint b = 0; b < gen->n_branches; b++)
    {
      if (draw < branch_specs[b].weight)
        return b;
      draw -= branch_specs[b].weight;
    }
  return 0;
}

/* Receptionists and technicians: one of each in every branch first, the
 * rest where the customers are. */
static gboolean
add_field_staff (Generator  *gen,
                 guint       count,
                 gboolean    technicians,
                 GError    **error)
{
  for (guint i = 0; i < count; i++)
    {
      guint branch = i < gen->n_branches ? i : pick_branch (gen);
      gint32 expiry = technicians ? choose_certificate_expiry (gen, i) : G_MAXINT32;
      guint32 roles = technicians ? AS_ROLE_TECHNICIAN : AS_ROLE_RECEPTIONIST;
      guint32 id;

      if (!add_person (gen, roles, branch, DEPT_SERVICE, expiry, TRUE, &id, error))
        return FALSE;
      g_array_append_val (technicians ? gen->technicians[branch] : gen->receptionists[branch], id);
    }
  return TRUE;
}

static gboolean
create_staff (Generator  *gen,
              GError    **error)
{
  guint total = CLAMP (20 + gen->n_repairs / 5000, 20, 400), field, desk;
  /* In a small company the branch manager supervises the technicians too. */
  gboolean small = gen->n_repairs < 20000;

  if (!add_person (gen, AS_ROLE_DEPUTY_GM, 0, DEPT_MANAGEMENT, G_MAXINT32, TRUE,
                   &gen->contact[DEPT_MANAGEMENT], error) ||
      !add_person (gen, AS_ROLE_SUPERVISOR | AS_ROLE_SERVICE_DEPT, 0, DEPT_SERVICE, G_MAXINT32,
                   TRUE, NULL, error))
    return FALSE;
  for (guint b = 1; b < gen->n_branches; b++)
    {
      guint32 manager = AS_ROLE_BRANCH_MANAGER | (small ? AS_ROLE_SUPERVISOR : 0);

      if (!add_person (gen, manager, b, DEPT_SERVICE, G_MAXINT32, TRUE, NULL, error) ||
          (!small && !add_person (gen, AS_ROLE_SUPERVISOR, b, DEPT_SERVICE, G_MAXINT32, TRUE, NULL,
                                  error)))
        return FALSE;
    }
  /* The people complaints are routed to in the other departments. */
  for (int d = DEPT_RD; d <= DEPT_MARKETING; d++)
    if (!add_person (gen, 0, 0, d, G_MAXINT32, TRUE, &gen->contact[d], error))
      return FALSE;
  if (!add_people (gen, 1 + total / 100, AS_ROLE_FINANCE, DEPT_FINANCE, NULL, error) ||
      !add_people (gen, 1 + total / 150, AS_ROLE_PURCHASING, DEPT_PURCHASING, NULL, error) ||
      !add_people (gen, 2 + total / 60, AS_ROLE_HOTLINE, DEPT_HOTLINE, gen->hotline, error) ||
      !add_people (gen, 1 + total / 25, AS_ROLE_SERVICE_DEPT, DEPT_SERVICE, gen->service_staff,
                   error))
    return FALSE;

  /* A receptionist and a technician in every branch at least, and a spare technician. */
  field = MAX (total > gen->people->len ? total - gen->people->len : 0, 2 * gen->n_branches + 1);
  desk = MAX (gen->n_branches, field / 4);
  if (!add_field_staff (gen, desk, FALSE, error) ||
      !add_field_staff (gen, field - desk, TRUE, error))
    return FALSE;
  /* A technician who has left: kept for the history, never dispatched. */
  return add_person (gen, AS_ROLE_TECHNICIAN, 0, DEPT_SERVICE, gen->first_day - 200, FALSE,
                     NULL, error);
}

static gboolean
create_providers (Generator  *gen,
                  GError    **error)
{
  gen->n_providers = MIN (3 + gen->n_repairs / 200000, G_N_ELEMENTS (providers));
  for (guint p = 0; p < gen->n_providers; p++)
    {
      char contact[80], mail_local[64], phone[20], email[96], slug[48];

      /* One contract has ended: the provider appears only in older repairs. */
      gen->provider_end[p] = gen->today + (p == 1 ? -rng_between (gen, 60, 150)
                                                   : rng_between (gen, 30, 700));
      make_person_name (gen, contact, mail_local);
      make_phone (gen, branch_specs[p % gen->n_branches].area_code, phone);
      fold_ascii (providers[p], slug, sizeof slug);
      g_snprintf (email, sizeof email, "servicio@%s.example", slug);
      row_begin (gen, T_PROVIDERS);
      col_int (gen, p + 1);
      col_text (gen, providers[p]);
      col_copy (gen, contact);
      col_copy (gen, phone);
      col_copy (gen, email);
      col_date (gen, gen->provider_end[p]);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------- products */

static gboolean
add_model_parts (Generator     *gen,
                 guint32        model_id,
                 const PartSpec *parts,
                 GError       **error)
{
  for (guint p = 0; p < MAX_PARTS && parts[p].name; p++)
    {
      row_begin (gen, T_MODEL_PARTS);
      col_int (gen, gen->counts[T_MODEL_PARTS] + 1);
      col_int (gen, model_id);
      col_text (gen, parts[p].name);
      col_int (gen, parts[p].warranty_months);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_model (Generator  *gen,
           guint       category,
           guint       k,
           guint       per_category,
           GError    **error)
{
  const CategorySpec *spec = &categories[category];
  guint32 id = gen->models->len + 1;
  char code[16], conditions[256];
  guint price = spec->price_euros[0] +
                (spec->price_euros[1] - spec->price_euros[0]) * k / MAX (per_category - 1, 1);
  Model model = { NULL, NULL, (guint8) category, 0, (price / 50 * 50 + 49) * 100, { 0 } };

  g_snprintf (code, sizeof code, "%s%u", spec->prefix, spec->first_number + 200 * k);
  model.serial_prefix = g_string_chunk_insert (gen->strings, code);
  g_snprintf (code, sizeof code, "%s-%u", spec->prefix, spec->first_number + 200 * k);
  model.code = g_string_chunk_insert (gen->strings, code);
  while (model.n_parts < MAX_PARTS && spec->parts[model.n_parts].name)
    model.spare_of_part[model.n_parts++] = -1;
  g_array_append_val (gen->models, model);
  g_snprintf (conditions, sizeof conditions,
              "Devolución en %u días si el aparato no se ha instalado y conserva el embalaje "
              "original; cambio en %u días por defecto de fábrica, con el tique de compra.",
              spec->return_days, spec->exchange_days);

  row_begin (gen, T_MODELS);
  col_int (gen, id);
  col_text (gen, model.code);
  col_text (gen, spec->names[k]);
  col_int (gen, spec->service_life_months);
  col_int (gen, spec->return_days);
  col_int (gen, spec->exchange_days);
  col_copy (gen, conditions);
  return row_end (gen, error) && add_model_parts (gen, id, spec->parts, error);
}

static gboolean
create_models (Generator  *gen,
               GError    **error)
{
  guint per_category = gen->n_repairs < 1000 ? 2 : gen->n_repairs < 100000 ? 3 : 4;

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    for (guint k = 0; k < per_category; k++)
      if (!add_model (gen, c, k, per_category, error))
        return FALSE;
  return TRUE;
}

static gboolean
add_customer (Generator  *gen,
              guint32     id,
              GError    **error)
{
  Customer customer = { NULL, NULL, NULL, (guint8) pick_branch (gen), FALSE };
  const BranchSpec *branch = &branch_specs[customer.branch];
  gboolean business = rng_percent (gen, 6);
  gboolean home_city = rng_percent (gen, 55);
  char name[96], mail_local[64], email[112], address[120], phone[20];

  customer.suburban = home_city ? rng_percent (gen, 15) : rng_percent (gen, 75);
  make_person_name (gen, name, mail_local);
  if (business)
    {
      const char *trade = PICK (gen, business_names);
      g_snprintf (name, sizeof name, "%s %s%s", PICK (gen, business_kinds), trade,
                  rng_percent (gen, 50) ? " S.L." : "");
      fold_ascii (name, mail_local, 40);
      g_snprintf (email, sizeof email, "info@%s.example", mail_local);
    }
  else if (rng_percent (gen, 88))
    {
      char suffix[4] = "";

      if (rng_percent (gen, 50))
        g_snprintf (suffix, sizeof suffix, "%d", rng_between (gen, 1, 99));
      g_snprintf (email, sizeof email, "%s%s@%s", mail_local, suffix, PICK (gen, mail_domains));
    }
  else
    email[0] = '\0';
  make_address (gen, branch->cities[home_city ? 0 : 1 + rng_below (gen, 4)], address);
  make_phone (gen, business || rng_percent (gen, 15) ? branch->area_code : NULL, phone);
  customer.name = g_string_chunk_insert (gen->strings, name);
  customer.address = g_string_chunk_insert (gen->strings, address);
  customer.phone = g_string_chunk_insert (gen->strings, phone);
  g_array_append_val (gen->customers, customer);

  row_begin (gen, T_CUSTOMERS);
  col_int (gen, id);
  col_text (gen, customer.name);
  col_text (gen, customer.address);
  col_text (gen, customer.phone);
  col_copy (gen, email);
  col_text (gen, customer.suburban ? "suburban" : "urban");
  col_int (gen, business ? rng_percent (gen, 50) : rng_percent (gen, 1));
  return row_end (gen, error);
}

static gboolean
create_customers (Generator  *gen,
                  GError    **error)
{
  guint n = MAX (gen->n_repairs / 5, 20);

  for (guint i = 0; i < n; i++)
    if (((i & 4095) == 0 && !tick (gen, i, n, error)) || !add_customer (gen, i + 1, error))
      return FALSE;
  return TRUE;
}

/* Units are sold in id order: half in the 4½ years before the 18 months
 * covered, half during them, so repairs find old and new units alike. */
static gint32
choose_sale_day (Generator *gen,
                 guint      i,
                 guint      n)
{
  guint half = n / 2;
  gint32 early = add_months (gen->first_day, -54);

  if (i < half)
    return early + (gint32) ((i + rng_double (gen)) / half * (gen->first_day - early));
  return gen->first_day + (gint32) ((i - half + rng_double (gen)) / (n - half) *
                                    (gen->today - gen->first_day));
}

static gboolean
add_unit (Generator  *gen,
          guint       i,
          guint       n,
          GError    **error)
{
  Unit unit = { NULL, rng_below (gen, gen->customers->len),
                (guint16) rng_below (gen, gen->models->len), choose_sale_day (gen, i, n), 1, 0 };
  const Model *model = &g_array_index (gen->models, Model, unit.model);
  char serial[32];
  int y, m, d;

  civil_from_days (unit.sale_day, &y, &m, &d);
  g_snprintf (serial, sizeof serial, "%s%02d%07u", model->serial_prefix, y % 100, i + 1);
  unit.serial = g_string_chunk_insert (gen->strings, serial);
  g_array_append_val (gen->units, unit);

  row_begin (gen, T_UNITS);
  col_int (gen, i + 1);
  col_text (gen, unit.serial);
  col_int (gen, unit.model + 1);
  col_int (gen, unit.customer + 1);
  col_date (gen, unit.sale_day);
  col_text (gen, PICK (gen, retailers));
  return row_end (gen, error);
}

/* Units grouped by owner, for contracts and complaints about "my units". */
static void
index_units_by_customer (Generator *gen)
{
  guint n_customers = gen->customers->len;
  g_autofree guint *fill = g_new0 (guint, n_customers + 1);

  gen->customer_first_unit = g_new0 (guint, n_customers + 1);
  gen->customer_units = g_new (guint, MAX (gen->units->len, 1));
  for (guint u = 0; u < gen->units->len; u++)
    gen->customer_first_unit[g_array_index (gen->units, Unit, u).customer + 1]++;
  for (guint c = 0; c < n_customers; c++)
    gen->customer_first_unit[c + 1] += gen->customer_first_unit[c];
  for (guint u = 0; u < gen->units->len; u++)
    {
      guint c = g_array_index (gen->units, Unit, u).customer;
      gen->customer_units[gen->customer_first_unit[c] + fill[c]++] = u;
    }
}

static gboolean
create_units (Generator  *gen,
              GError    **error)
{
  guint n = MAX (gen->n_repairs / 3, 30);

  for (guint i = 0; i < n; i++)
    if (((i & 4095) == 0 && !tick (gen, i, n, error)) || !add_unit (gen, i, n, error))
      return FALSE;
  while (gen->first_unit_in_window < n &&
         g_array_index (gen->units, Unit, gen->first_unit_in_window).sale_day < gen->first_day)
    gen->first_unit_in_window++;
  index_units_by_customer (gen);
  return TRUE;
}

/* The number of units sold before @day (units are in sale order). */
static guint
units_sold_before (Generator *gen,
                   gint32     day)
{
  guint low = 0, high = gen->units->len;

  while (low < high)
    {
      guint mid = (low + high) / 2;
      if (g_array_index (gen->units, Unit, mid).sale_day < day)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static inline Unit *
get_unit (Generator *gen,
          guint      u)
{
  return &g_array_index (gen->units, Unit, u);
}

static inline gboolean
is_covered (const Unit *unit)
{
  return unit->cover_start <= unit->cover_end;
}

/* Every tenth contract ends within 30 days, so expiry notices are due. */
static gint32
choose_contract_end (Generator *gen,
                     guint      i)
{
  if (i % 10 == 0)
    return gen->today + rng_between (gen, 1, 30);
  if (i % 10 == 3 || i % 10 == 7)
    return gen->today - rng_between (gen, 1, 240);
  return gen->today + rng_between (gen, 31, 700);
}

/* A contract covers a unit and up to two more of its owner's, all sold
 * before it started and under no other contract. */
static guint
collect_contract_units (Generator *gen,
                        guint      u,
                        gint32     start,
                        guint     *out)
{
  guint owner = get_unit (gen, u)->customer, n = 0;
  guint first = gen->customer_first_unit[owner], last = gen->customer_first_unit[owner + 1];

  out[n++] = u;
  for (guint k = first; k < last && n < 3; k++)
    {
      const Unit *other = get_unit (gen, gen->customer_units[k]);

      if (gen->customer_units[k] != u && other->sale_day < start && !is_covered (other))
        out[n++] = gen->customer_units[k];
    }
  return n;
}

static gboolean
add_contract (Generator  *gen,
              guint       i,
              GError    **error)
{
  gint32 end = choose_contract_end (gen, i);
  gint32 start = end - (end - gen->today > 335 ? 730 : 365) + 1;
  guint eligible = units_sold_before (gen, start), covered[3], n;
  guint32 id = gen->counts[T_CONTRACTS] + 1;

  if (eligible == 0)
    return TRUE;
  covered[0] = rng_below (gen, eligible);
  if (is_covered (get_unit (gen, covered[0])))
    return TRUE;                /* one contract per unit */
  n = collect_contract_units (gen, covered[0], start, covered);

  row_begin (gen, T_CONTRACTS);
  col_int (gen, id);
  col_int (gen, get_unit (gen, covered[0])->customer + 1);
  col_date (gen, start);
  col_date (gen, end);
  col_int (gen, n * rng_between (gen, 59, 149) * 100 * ((end - start + 1) / 365));
  col_text (gen, end < gen->today ? "expired" : "active");
  if (!row_end (gen, error))
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      get_unit (gen, covered[k])->cover_start = start;
      get_unit (gen, covered[k])->cover_end = end;
      row_begin (gen, T_CONTRACT_UNITS);
      col_int (gen, id);
      col_int (gen, covered[k] + 1);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
create_contracts (Generator  *gen,
                  GError    **error)
{
  guint n = MAX (gen->n_repairs / 50, 5);

  for (guint i = 0; i < n; i++)
    if (!add_contract (gen, i, error))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------- warehouse */

static inline gint32 *
stock_cell (Generator *gen,
            guint      spare,
            guint      warehouse)
{
  return &gen->balance[spare * gen->n_branches + warehouse];
}

/* A central warehouse at the service centre and one in every branch. */
static gboolean
create_warehouses (Generator  *gen,
                   GError    **error)
{
  for (guint b = 0; b < gen->n_branches; b++)
    {
      g_autofree char *name = b == 0 ? g_strdup ("Almacén central")
                                     : g_strconcat ("Almacén ", branch_specs[b].cities[0], NULL);
      row_begin (gen, T_WAREHOUSES);
      col_int (gen, b + 1);
      col_copy (gen, name);
      col_int (gen, b + 1);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_spare (Generator  *gen,
              const char *part_no,
              const char *name,
              int         model,
              guint       cost_cents,
              Spare      *spare,
              GError    **error)
{
  guint s = gen->spares->len;

  g_array_append_val (gen->spares, *spare);
  row_begin (gen, T_SPARE_PARTS);
  col_int (gen, s + 1);
  col_copy (gen, part_no);
  col_copy (gen, name);
  col_id (gen, (guint32) (model + 1));
  col_int (gen, cost_cents);
  col_int (gen, cost_cents * rng_between (gen, 140, 180) / 100);
  col_text (gen, PICK (gen, suppliers));
  col_int (gen, spare->reorder_point);
  col_int (gen, spare->reorder_qty);
  return row_end (gen, error);
}

/* Spare parts are the models' parts, in revisions once every part has one,
 * and one in ten a consumable that fits any model. */
static gboolean
add_spare (Generator  *gen,
           guint       s,
           const guint *pairs,
           guint       n_pairs,
           GError    **error)
{
  guint consumable = s / 10, q = s - s / 10;
  char part_no[32], name[128];
  Spare spare;

  if (s % 10 == 9)
    {
      spare = (Spare) { rng_between (gen, 10, 30), rng_between (gen, 20, 100) };
      g_snprintf (part_no, sizeof part_no, "GEN-%04u", consumable + 1);
      g_snprintf (name, sizeof name,
                  consumable < G_N_ELEMENTS (consumables) ? "%s" : "%s (ref. %u)",
                  consumables[consumable % G_N_ELEMENTS (consumables)], consumable + 1);
      g_array_append_val (gen->consumables, s);
      return insert_spare (gen, part_no, name, -1, rng_between (gen, 150, 4000), &spare, error);
    }
  else
    {
      guint m = pairs[q % n_pairs] / MAX_PARTS, p = pairs[q % n_pairs] % MAX_PARTS;
      guint round = q / n_pairs;
      Model *model = &g_array_index (gen->models, Model, m);
      const PartSpec *part = &categories[model->category].parts[p];

      spare = (Spare) { rng_between (gen, 2, 6), rng_between (gen, 5, 20) };
      if (round == 0)
        g_snprintf (part_no, sizeof part_no, "%s-%02u", model->code, p + 1);
      else
        g_snprintf (part_no, sizeof part_no, "%s-%02u-R%u", model->code, p + 1, round);
      g_snprintf (name, sizeof name, round == 0 ? "%s %s" : "%s %s (revisión %u)",
                  part->name, model->code, round + 1);
      if (model->spare_of_part[p] < 0)
        model->spare_of_part[p] = (gint32) s;
      return insert_spare (gen, part_no, name, (int) m,
                           part->cost_euros * rng_between (gen, 80, 120), &spare, error);
    }
}

/* Every (model, part) pair, part by part, so that even a short list of
 * spares has some for every model. */
static guint *
list_model_parts (Generator *gen,
                  guint     *n_pairs)
{
  guint *pairs = g_new (guint, gen->models->len * MAX_PARTS);

  *n_pairs = 0;
  for (guint p = 0; p < MAX_PARTS; p++)
    for (guint m = 0; m < gen->models->len; m++)
      if (p < g_array_index (gen->models, Model, m).n_parts)
        pairs[(*n_pairs)++] = m * MAX_PARTS + p;
  return pairs;
}

static gboolean
create_spares (Generator  *gen,
               GError    **error)
{
  guint n = CLAMP (gen->n_repairs / 500, 50, 2000), n_pairs;
  g_autofree guint *pairs = list_model_parts (gen, &n_pairs);

  gen->balance = g_new (gint32, n * gen->n_branches);
  gen->last_movement = g_new0 (gint64, n * gen->n_branches);
  for (guint s = 0; s < n; s++)
    {
      if (!add_spare (gen, s, pairs, n_pairs, error))
        return FALSE;
      /* The central warehouse stocks everything, branches most of it. */
      for (guint w = 0; w < gen->n_branches; w++)
        *stock_cell (gen, s, w) = w == 0 || s % 10 == 9 || rng_percent (gen, 65) ? 0 : -1;
    }
  return TRUE;
}

static guint32
pick_technician (Generator *gen)
{
  GArray *pool = gen->technicians[rng_below (gen, gen->n_branches)];

  return g_array_index (pool, guint32, rng_below (gen, pool->len));
}

static const char *
choose_tool_condition (Generator *gen)
{
  guint draw = rng_below (gen, 100);

  return draw < 80 ? "good" : draw < 92 ? "worn" : draw < 97 ? "damaged" : "lost";
}

/* Test equipment is a fixed asset, mostly held by the technicians. */
static gboolean
create_tools (Generator  *gen,
              GError    **error)
{
  guint n = 10;

  for (guint b = 0; b < gen->n_branches; b++)
    n += gen->technicians[b]->len;
  for (guint i = 0; i < n; i++)
    {
      char tag[16];
      const char *condition = choose_tool_condition (gen);

      g_snprintf (tag, sizeof tag, "HE-%04u", i + 1);
      row_begin (gen, T_TOOLS);
      col_int (gen, i + 1);
      col_copy (gen, tag);
      col_text (gen, tool_specs[i % G_N_ELEMENTS (tool_specs)].name);
      col_int (gen, tool_specs[i % G_N_ELEMENTS (tool_specs)].euros * rng_between (gen, 90, 110));
      col_date (gen, gen->today - rng_between (gen, 30, 6 * 365));
      col_text (gen, condition);
      /* A lost tool stays on the record of who lost it. */
      col_id (gen, g_str_equal (condition, "lost") || rng_percent (gen, 70)
                   ? pick_technician (gen) : 0);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

/* --------------------------------------------------------------- repairs */

enum { ST_RECEIVED, ST_DISPATCHED, ST_IN_WORKSHOP, ST_CLOSED, ST_CANCELLED };
static const char *const status_codes[] = {
  "received", "dispatched", "in_workshop", "closed", "cancelled"
};

static inline const Model *
get_model (Generator *gen,
           guint      m)
{
  return &g_array_index (gen->models, Model, m);
}

static inline const Customer *
get_customer (Generator *gen,
              guint      c)
{
  return &g_array_index (gen->customers, Customer, c);
}

static inline const Person *
get_person (Generator *gen,
            guint32    id)
{
  return &g_array_index (gen->people, Person, id - 1);
}

/* Mostly a registered unit already sold, recent ones more often; sometimes a
 * unit the register does not know. */
static void
choose_repair_subject (Generator *gen,
                       Repair    *r,
                       guint      sold)
{
  if (sold > 0 && rng_percent (gen, 95))
    {
      double x = rng_double (gen);
      guint u = rng_percent (gen, 50) ? rng_below (gen, sold) : sold - 1 - (guint) (x * x * sold);

      r->unit = u + 1;
      r->customer = get_unit (gen, u)->customer;
      r->model = get_unit (gen, u)->model;
    }
  else
    {
      r->customer = rng_below (gen, gen->customers->len);
      r->model = (guint16) rng_below (gen, gen->models->len);
    }
}

static void
choose_fault (Generator *gen,
              Repair    *r)
{
  const CategorySpec *spec = &categories[get_model (gen, r->model)->category];
  const FaultSpec *fault;
  guint n_faults = 0;

  r->internal = rng_below (gen, 1000) < 15;
  if (r->internal)
    {
      r->part = (guint8) rng_below (gen, get_model (gen, r->model)->n_parts);
      g_strlcpy (r->fault, PICK (gen, internal_faults), sizeof r->fault);
      return;
    }
  while (n_faults < MAX_FAULTS && spec->faults[n_faults].text)
    n_faults++;
  fault = &spec->faults[rng_below (gen, n_faults)];
  r->part = fault->part;
  g_strlcpy (r->fault, fault->text, sizeof r->fault);
  if (rng_percent (gen, 30))
    {
      g_strlcat (r->fault, ".", sizeof r->fault);
      g_strlcat (r->fault, PICK (gen, fault_details), sizeof r->fault);
    }
}

/* Contract when the unit is covered, free within the failing part's warranty. */
static const char *
choose_category (Generator    *gen,
                 const Repair *r)
{
  gint32 day = day_of (r->received);
  const Unit *unit;
  guint warranty;

  if (r->internal)
    return "internal";
  if (r->unit == 0)
    return "paid";
  unit = get_unit (gen, r->unit - 1);
  if (unit->cover_start <= day && day <= unit->cover_end)
    return "contract";
  warranty = categories[get_model (gen, r->model)->category].parts[r->part].warranty_months;
  return day < add_months (unit->sale_day, (int) warranty) ? "free" : "paid";
}

static gint32
next_open_day (gint32 day)
{
  while (open_seconds (day) == 0)
    day++;
  return day;
}

/* On-site jobs are usually done within a day or two, workshop jobs take one
 * to two weeks; what is not finished by now is still open. */
static int
plan_repair_course (Generator *gen,
                    Repair    *r)
{
  const CategorySpec *spec = &categories[get_model (gen, r->model)->category];
  guint draw = rng_below (gen, 100);
  int days = draw < 55 ? 0 : draw < 85 ? 1 : rng_between (gen, 2, 5);
  gint64 done;

  r->workshop = spec->carry_in ? rng_percent (gen, 85) : rng_percent (gen, 8);
  r->promised = next_open_day (day_of (r->received) +
                               (r->workshop ? 8 : r->received % DAY < 12 * HOUR ? 0 : 1));
  done = r->workshop ? later_open_moment (gen, r->received, 3, 14)
                     : later_open_moment (gen, r->received, days, days);
  r->closed = NEVER;
  if (done <= gen->now && !(r->workshop && rng_below (gen, 1000) < 3))
    {
      r->closed = done;
      if (g_str_equal (r->category, "paid") && rng_percent (gen, 2))
        return ST_CANCELLED;    /* the customer turned the quote down */
      r->labour = 5 * (r->workshop ? rng_between (gen, 9, 60) : rng_between (gen, 6, 30));
      return ST_CLOSED;
    }
  if (gen->now - r->received < 3 * HOUR)
    return ST_RECEIVED;
  if (r->workshop && rng_percent (gen, 50))
    r->labour = 5 * rng_between (gen, 3, 24);
  return r->workshop ? ST_IN_WORKSHOP : ST_DISPATCHED;
}

/* Only technicians whose qualification is valid on the day are dispatched;
 * the first technician of every branch always is. */
static guint32
pick_qualified_technician (Generator *gen,
                           guint      branch,
                           gint32     day)
{
  GArray *pool = gen->technicians[branch];

  for (int attempt = 0; attempt < 6; attempt++)
    {
      guint32 id = g_array_index (pool, guint32, rng_below (gen, pool->len));
      if (get_person (gen, id)->certificate_expiry >= day)
        return id;
    }
  return g_array_index (pool, guint32, 0);
}

static void
assign_repair_staff (Generator *gen,
                     Repair    *r,
                     int        state)
{
  guint branch = get_customer (gen, r->customer)->branch;
  GArray *desk = gen->receptionists[branch];
  gint32 day = day_of (r->received);
  guint p = rng_below (gen, gen->n_providers);

  r->receptionist = g_array_index (desk, guint32, rng_below (gen, desk->len));
  if (state == ST_RECEIVED)
    return;
  if (!r->workshop && rng_percent (gen, 5) && gen->provider_end[p] >= day)
    r->provider = p + 1;
  else
    r->technician = pick_qualified_technician (gen, branch, day);
}

static const char *
choose_repair_channel (Generator *gen,
                       gboolean   workshop)
{
  guint draw = rng_below (gen, 100);

  if (workshop && draw < 55)
    return "visit";
  return draw < 52 ? "phone" : draw < 70 ? "visit" : draw < 88 ? "hotline" : "email";
}

static gboolean
insert_repair (Generator     *gen,
               const Repair  *r,
               int            state,
               GError       **error)
{
  const Customer *customer = get_customer (gen, r->customer);

  row_begin (gen, T_REPAIRS);
  col_int (gen, r->id);
  col_int (gen, r->customer + 1);
  col_id (gen, r->unit);
  col_int (gen, r->model + 1);
  col_text (gen, r->unit ? get_unit (gen, r->unit - 1)->serial : "");
  col_text (gen, customer->address);
  col_text (gen, customer->phone);
  col_copy (gen, r->fault);
  col_text (gen, choose_repair_channel (gen, r->workshop));
  col_text (gen, customer->suburban ? "suburban" : "urban");
  col_text (gen, r->category);
  col_text (gen, status_codes[state]);
  col_id (gen, r->receptionist);
  col_moment (gen, r->received);
  col_id (gen, r->technician);
  col_id (gen, r->provider);
  col_int (gen, customer->branch + 1);
  col_date (gen, r->promised);
  col_moment (gen, r->closed);
  col_int (gen, r->labour);
  return row_end (gen, error);
}

static void
queue_issue (Generator    *gen,
             const Repair *r,
             guint         spare,
             gint64        at,
             guint         quantity)
{
  guint branch = get_customer (gen, r->customer)->branch;
  Movement m = { at, r->id, r->technician ? r->technician : gen->contact[DEPT_WAREHOUSE],
                 (guint16) spare, (guint8) (*stock_cell (gen, spare, branch) >= 0 ? branch : 0),
                 (guint8) quantity };

  g_array_append_val (gen->movements, m);
}

/* The technician takes the failing part from the nearest warehouse stocking
 * it, sometimes with a consumable; movements are written later, in time order. */
static void
issue_repair_parts (Generator    *gen,
                    const Repair *r,
                    int           state)
{
  const Model *model = get_model (gen, r->model);
  gint32 spare = model->spare_of_part[r->part];
  gint64 at;

  if ((state != ST_CLOSED && state != ST_IN_WORKSHOP) || !rng_percent (gen, 40))
    return;
  /* Collected within the hour before the job was finished (closing comes an
   * hour or more after reception), or on the way to the workshop bench. */
  at = r->closed != NEVER ? r->closed - rng_between (gen, 600, HOUR)
                          : later_open_moment (gen, r->received, 0, 1);
  if (at > gen->now)
    return;
  for (guint p = 0; spare < 0 && p < model->n_parts; p++)
    spare = model->spare_of_part[p];
  if (spare >= 0)
    queue_issue (gen, r, (guint) spare, at, rng_percent (gen, 8) ? 2 : 1);
  if (gen->consumables->len > 0 && rng_percent (gen, 12))
    {
      guint consumable = g_array_index (gen->consumables, guint,
                                        rng_below (gen, gen->consumables->len));
      queue_issue (gen, r, consumable, at, rng_between (gen, 1, 3));
    }
}

static int
rate (Generator *gen,
      double     mean)
{
  int value = (int) (mean + rng_double (gen) + rng_double (gen) - 0.5);

  return CLAMP (value, 1, 4);
}

/* Customers are called a day or three after closing; ratings follow the
 * technician's skill, lateness costs points on arrival and commitments. */
static gboolean
add_survey (Generator     *gen,
            const Repair  *r,
            GError       **error)
{
  double q = r->technician ? get_person (gen, r->technician)->quality : 2.9;
  double late = day_of (r->closed) > r->promised ? 1.0 : 0.0;
  int scores[4];
  double mean;
  gint64 at;

  if (!rng_percent (gen, 92) || (at = later_open_moment (gen, r->closed, 1, 3)) > gen->now)
    return TRUE;
  scores[0] = rate (gen, q + 0.2);
  scores[1] = rate (gen, q);
  scores[2] = rate (gen, q - 0.8 * late - (get_customer (gen, r->customer)->suburban ? 0.2 : 0));
  scores[3] = rate (gen, q - late);
  mean = (scores[0] + scores[1] + scores[2] + scores[3]) / 4.0;

  row_begin (gen, T_SURVEYS);
  col_int (gen, gen->counts[T_SURVEYS] + 1);
  col_int (gen, r->id);
  col_moment (gen, at);
  for (int k = 0; k < 4; k++)
    col_int (gen, scores[k]);
  if (mean >= 3.5 && rng_percent (gen, 15))
    col_text (gen, PICK (gen, good_comments));
  else if (mean <= 2.5 && rng_percent (gen, 50))
    col_text (gen, PICK (gen, bad_comments));
  else
    col_text (gen, "");
  return row_end (gen, error);
}

static gboolean
add_repair (Generator  *gen,
            guint       i,
            gint64      received,
            guint       sold,
            GError    **error)
{
  Repair r = { .id = i + 1, .received = received };
  int state;

  choose_repair_subject (gen, &r, sold);
  choose_fault (gen, &r);
  r.category = choose_category (gen, &r);
  state = plan_repair_course (gen, &r);
  assign_repair_staff (gen, &r, state);
  if (!insert_repair (gen, &r, state, error))
    return FALSE;
  issue_repair_parts (gen, &r, state);
  return state != ST_CLOSED || add_survey (gen, &r, error);
}

/* Repairs come in time order, so the units sold before each one only grow. */
static gboolean
create_repairs (Generator  *gen,
                GError    **error)
{
  guint sold = 0;

  for (guint i = 0; i < gen->n_repairs; i++)
    {
      gint64 received;

      if ((i & 1023) == 0 && !tick (gen, i, gen->n_repairs, error))
        return FALSE;
      received = spread_moment (gen, i, gen->n_repairs);
      while (sold < gen->units->len && get_unit (gen, sold)->sale_day < day_of (received))
        sold++;
      if (!add_repair (gen, i, received, sold, error))
        return FALSE;
    }
  return TRUE;
}

/* --------------------------------------------------------- stock movements */

/* Issues sort by time; ties keep a fixed order so the output is reproducible. */
static int
compare_movements (gconstpointer a,
                   gconstpointer b)
{
  const Movement *x = a, *y = b;

  if (x->at != y->at)
    return x->at < y->at ? -1 : 1;
  if (x->repair_id != y->repair_id)
    return x->repair_id < y->repair_id ? -1 : 1;
  return (int) x->spare - (int) y->spare;
}

/* Quantities are signed (receipts add, issues subtract) and every row
 * carries the balance after it. */
static gboolean
write_movement (Generator      *gen,
                const Movement *m,
                const char     *kind,
                int             delta,
                const char     *reason,
                GError        **error)
{
  gint32 *balance = stock_cell (gen, m->spare, m->warehouse);

  *balance += delta;
  gen->last_movement[balance - gen->balance] = m->at;
  row_begin (gen, T_MOVEMENTS);
  col_int (gen, m->spare + 1);
  col_int (gen, m->warehouse + 1);
  col_text (gen, kind);
  col_int (gen, delta);
  col_int (gen, *balance);
  col_id (gen, m->repair_id);
  col_text (gen, reason);
  col_id (gen, m->staff_id);
  col_moment (gen, m->at);
  return row_end (gen, error);
}

/* The stock counted when the register was opened, before the first repair. */
static gboolean
write_opening_stock (Generator  *gen,
                     GError    **error)
{
  for (guint s = 0; s < gen->spares->len; s++)
    for (guint w = 0; w < gen->n_branches; w++)
      {
        const Spare *spare = &g_array_index (gen->spares, Spare, s);
        Movement m = { (gint64) gen->first_day * DAY + 8 * HOUR, 0, gen->contact[DEPT_WAREHOUSE],
                       (guint16) s, (guint8) w, 0 };
        int quantity;

        if (*stock_cell (gen, s, w) < 0)
          continue;
        quantity = spare->reorder_point + rng_between (gen, 0, spare->reorder_qty);
        if (!write_movement (gen, &m, "receipt", quantity, "Existencias iniciales", error))
          return FALSE;
      }
  return TRUE;
}

/* An issue the shelf cannot meet is preceded by a replenishment received
 * shortly before, so no balance ever goes below zero. */
static gboolean
write_issue (Generator       *gen,
             const Movement  *m,
             GError         **error)
{
  gint32 *balance = stock_cell (gen, m->spare, m->warehouse);

  if (*balance < m->quantity)
    {
      Movement receipt = *m;
      gint64 arrival = m->at - rng_between (gen, 300, 3000);

      receipt.at = MAX (gen->last_movement[balance - gen->balance], arrival);
      receipt.repair_id = 0;
      receipt.staff_id = gen->contact[DEPT_WAREHOUSE];
      if (!write_movement (gen, &receipt, "receipt",
                           g_array_index (gen->spares, Spare, m->spare).reorder_qty + m->quantity,
                           "Reposición de existencias", error))
        return FALSE;
    }
  return write_movement (gen, m, "issue", -(int) m->quantity, "Salida para reparación", error);
}

static gboolean
write_stock (Generator  *gen,
             GError    **error)
{
  for (guint s = 0; s < gen->spares->len; s++)
    for (guint w = 0; w < gen->n_branches; w++)
      {
        char location[48];

        if (*stock_cell (gen, s, w) < 0)
          continue;
        g_snprintf (location, sizeof location, "Pasillo %c, estante %u, balda %u",
                    'A' + rng_below (gen, 8), rng_between (gen, 1, 20), rng_between (gen, 1, 5));
        row_begin (gen, T_STOCK);
        col_int (gen, s + 1);
        col_int (gen, w + 1);
        col_int (gen, *stock_cell (gen, s, w));
        col_copy (gen, location);
        if (!row_end (gen, error))
          return FALSE;
      }
  return TRUE;
}

static gboolean
create_stock_movements (Generator  *gen,
                        GError    **error)
{
  g_array_sort (gen->movements, compare_movements);
  if (!write_opening_stock (gen, error))
    return FALSE;
  for (guint i = 0; i < gen->movements->len; i++)
    {
      if ((i & 4095) == 0 && !tick (gen, i, gen->movements->len, error))
        return FALSE;
      if (!write_issue (gen, &g_array_index (gen->movements, Movement, i), error))
        return FALSE;
    }
  return write_stock (gen, error);
}

/* ------------------------------------------------------------ complaints */

static const ComplaintSpec *
pick_complaint_spec (Generator *gen)
{
  guint total = 0, draw;

  for (guint i = 0; i < G_N_ELEMENTS (complaint_specs); i++)
    total += complaint_specs[i].weight;
  draw = rng_below (gen, total);
  for (guint i = 0; i < G_N_ELEMENTS (complaint_specs); i++)
    {
      if (draw < complaint_specs[i].weight)
        return &complaint_specs[i];
      draw -= complaint_specs[i].weight;
    }
  return &complaint_specs[0];
}

static const char *
choose_complaint_channel (Generator *gen)
{
  guint draw = rng_below (gen, 100);

  return draw < 35 ? "hotline" : draw < 60 ? "phone" : draw < 80 ? "email"
       : draw < 88 ? "visit" : draw < 93 ? "letter" : "suggestion_form";
}

/* One of the customer's units already sold on @day, or 0. */
static guint32
pick_customer_unit (Generator *gen,
                    guint      customer,
                    gint32     day)
{
  guint first = gen->customer_first_unit[customer];
  guint n = gen->customer_first_unit[customer + 1] - first;
  guint u;

  if (n == 0)
    return 0;
  u = gen->customer_units[first + rng_below (gen, n)];
  return get_unit (gen, u)->sale_day < day ? u + 1 : 0;
}

/* Hotline staff take what comes through the hotline (they answer for it
 * separately from the department); the rest is taken at the branches. */
static guint32
choose_complaint_receiver (Generator  *gen,
                           const char *channel)
{
  GArray *pool = g_str_equal (channel, "hotline") ? gen->hotline
               : rng_percent (gen, 40) ? gen->service_staff
               : gen->receptionists[rng_below (gen, gen->n_branches)];

  return g_array_index (pool, guint32, rng_below (gen, pool->len));
}

/* Serious matters reach the deputy general manager, general ones the service
 * department, the rest the department the subject is routed to. */
static guint32
choose_complaint_handler (Generator           *gen,
                          const ComplaintSpec *spec)
{
  if (spec->department == DEPT_SERVICE)
    return g_array_index (gen->service_staff, guint32, rng_below (gen, gen->service_staff->len));
  return gen->contact[spec->department];
}

static const char *
complaint_status (Generator           *gen,
                  const ComplaintSpec *spec,
                  gint64               received,
                  gint64               answered)
{
  if (answered != NEVER)
    return "answered";
  if (spec->serious)
    return "escalated";
  return gen->now - received > DAY ? "in_progress" : "open";
}

static gboolean
add_complaint (Generator  *gen,
               guint       i,
               guint       n,
               GError    **error)
{
  const ComplaintSpec *spec = pick_complaint_spec (gen);
  gint64 received = spread_moment (gen, i, n);
  const char *channel = choose_complaint_channel (gen);
  gboolean urgent = spec->serious || rng_percent (gen, 4);
  guint customer = rng_percent (gen, 90) ? rng_below (gen, gen->customers->len) + 1 : 0;
  gint64 answered = urgent ? received + rng_between (gen, HOUR / 2, 8 * HOUR)
                           : later_open_moment (gen, received, 0, 6);

  if (answered > gen->now || rng_below (gen, 1000) < 15)
    answered = NEVER;           /* still waiting, a few of them for too long */
  row_begin (gen, T_COMPLAINTS);
  col_int (gen, i + 1);
  col_moment (gen, received);
  col_text (gen, channel);
  col_text (gen, spec->kind);
  col_id (gen, customer);
  col_id (gen, customer ? pick_customer_unit (gen, customer - 1, day_of (received)) : 0);
  col_text (gen, spec->subject);
  col_text (gen, spec->description);
  col_id (gen, choose_complaint_receiver (gen, channel));
  col_int (gen, urgent);
  col_int (gen, spec->department + 1);
  col_id (gen, choose_complaint_handler (gen, spec));
  col_text (gen, complaint_status (gen, spec, received, answered));
  col_moment (gen, received + (urgent ? 4 * HOUR : 2 * DAY));
  col_moment (gen, answered);
  return row_end (gen, error);
}

static gboolean
create_complaints (Generator  *gen,
                   GError    **error)
{
  guint n = MAX (gen->n_repairs / 10, 10);

  for (guint i = 0; i < n; i++)
    if (((i & 4095) == 0 && !tick (gen, i, n, error)) || !add_complaint (gen, i, n, error))
      return FALSE;
  return TRUE;
}

/* --------------------------------------------------------------- returns */

static gboolean
add_return (Generator  *gen,
            guint       u,
            GError    **error)
{
  const Unit *unit = get_unit (gen, u);
  const Model *model = get_model (gen, unit->model);
  const CategorySpec *spec = &categories[model->category];
  guint k = rng_below (gen, G_N_ELEMENTS (return_specs));
  gboolean exchange = rng_percent (gen, return_specs[k].exchange_percent);
  gint64 requested = later_open_moment (gen, (gint64) unit->sale_day * DAY + 10 * HOUR, 1,
                                        exchange ? spec->exchange_days : spec->return_days);
  const char *decision = gen->now - requested < 5 * DAY ? "pending"
                       : rng_percent (gen, 75) ? "accepted" : "rejected";

  row_begin (gen, T_RETURNS);
  col_int (gen, gen->counts[T_RETURNS] + 1);
  col_int (gen, u + 1);
  col_int (gen, unit->customer + 1);
  col_text (gen, exchange ? "exchange" : "return");
  col_text (gen, return_specs[k].reason);
  col_text (gen, decision);
  col_moment (gen, requested);
  col_int (gen, return_specs[k].department + 1);
  col_int (gen, !exchange && g_str_equal (decision, "accepted") ? model->price_cents : 0);
  return row_end (gen, error);
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Returns come within the return or exchange period of a sale made during the
 * 18 months; sales of the last 40 days are left out so none lies ahead. */
static gboolean
create_returns (Generator  *gen,
                GError    **error)
{
  guint n = MAX (gen->n_repairs / 100, 3);
  guint first = gen->first_unit_in_window, last = units_sold_before (gen, gen->today - 40);
  g_autofree guint *picks = g_new (guint, n);

  if (last <= first)
    first = 0;
  if (last == 0)
    return TRUE;
  for (guint i = 0; i < n; i++)
    picks[i] = first + rng_below (gen, last - first);
  qsort (picks, n, sizeof (guint), compare_uints);
  for (guint i = 0; i < n; i++)
    if ((i == 0 || picks[i] != picks[i - 1]) && !add_return (gen, picks[i], error))
      return FALSE;
  return TRUE;
}

/* ----------------------------------------------------------------- driver */

static gboolean
record_generation (Generator  *gen,
                   GError    **error)
{
  g_autoptr(GString) details = g_string_new (NULL);

  g_string_printf (details, "seed=%" G_GUINT64_FORMAT, gen->seed);
  for (int t = 0; t < N_TABLES; t++)
    {
      g_string_append_printf (details, " %s=%u", tables[t].name, gen->counts[t]);
      as_database_notify_changed (gen->db, tables[t].name);
    }
  return as_database_audit (gen->db, "repair_orders", 0, "generate", details->str, error);
}

static gboolean
create_organisation (Generator  *gen,
                     GError    **error)
{
  return create_branches (gen, error) &&
         create_departments (gen, error) &&
         create_staff (gen, error) &&
         create_providers (gen, error) &&
         create_models (gen, error) &&
         create_warehouses (gen, error) &&
         create_spares (gen, error) &&
         create_tools (gen, error);
}

/* Progress fractions follow the measured share of each phase for a million
 * repairs: 1.6 s reference data, customers and units; 10 s repairs; 3 s stock,
 * complaints and returns; 8.5 s indexes; 8.5 s free text; 3 s commit. */
static gboolean
generate_all (Generator  *gen,
              GError    **error)
{
  enter_phase (gen, 0.0, 0.01);
  if (!check_empty (gen, error) ||
      !drop_secondary_objects (gen, error) ||
      !prepare_statements (gen, error) ||
      !create_organisation (gen, error))
    return FALSE;
  enter_phase (gen, 0.01, 0.02);
  if (!create_customers (gen, error))
    return FALSE;
  enter_phase (gen, 0.02, 0.05);
  if (!create_units (gen, error) || !create_contracts (gen, error))
    return FALSE;
  enter_phase (gen, 0.05, 0.34);
  if (!create_repairs (gen, error))
    return FALSE;
  enter_phase (gen, 0.34, 0.40);
  if (!create_stock_movements (gen, error))
    return FALSE;
  enter_phase (gen, 0.40, 0.43);
  if (!create_complaints (gen, error) || !create_returns (gen, error))
    return FALSE;
  enter_phase (gen, 0.43, 0.67);
  if (!recreate_secondary_objects (gen, error))
    return FALSE;
  enter_phase (gen, 0.67, 0.92);
  return fill_free_text (gen, error) && record_generation (gen, error);
}

static Generator *
generator_new (AsDatabase     *db,
               guint           n_repairs,
               guint64         seed,
               GDateTime      *now,
               AsDemoProgress  progress,
               gpointer        user_data,
               GCancellable   *cancellable)
{
  Generator *gen = g_new0 (Generator, 1);

  gen->db = db;
  gen->handle = as_database_get_handle (db);
  gen->cancellable = cancellable;
  gen->progress = progress;
  gen->progress_data = user_data;
  gen->last_percent = -1;
  gen->rng = gen->seed = seed;
  gen->n_repairs = n_repairs;
  gen->today = days_from_civil (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now));
  gen->now = (gint64) gen->today * DAY + g_date_time_get_hour (now) * HOUR +
             g_date_time_get_minute (now) * 60 + g_date_time_get_second (now);
  gen->first_day = add_months (gen->today, -18);
  build_activity (gen);

  gen->saved_schema = g_ptr_array_new_with_free_func (g_free);
  gen->strings = g_string_chunk_new (1 << 20);
  gen->people = g_array_new (FALSE, FALSE, sizeof (Person));
  for (guint b = 0; b < MAX_BRANCHES; b++)
    {
      gen->receptionists[b] = g_array_new (FALSE, FALSE, sizeof (guint32));
      gen->technicians[b] = g_array_new (FALSE, FALSE, sizeof (guint32));
    }
  gen->hotline = g_array_new (FALSE, FALSE, sizeof (guint32));
  gen->service_staff = g_array_new (FALSE, FALSE, sizeof (guint32));
  gen->staff_mails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen->models = g_array_new (FALSE, FALSE, sizeof (Model));
  gen->customers = g_array_sized_new (FALSE, FALSE, sizeof (Customer), MAX (n_repairs / 5, 20));
  gen->units = g_array_sized_new (FALSE, FALSE, sizeof (Unit), MAX (n_repairs / 3, 30));
  gen->spares = g_array_new (FALSE, FALSE, sizeof (Spare));
  gen->consumables = g_array_new (FALSE, FALSE, sizeof (guint));
  gen->movements = g_array_sized_new (FALSE, FALSE, sizeof (Movement), n_repairs / 2 + 16);
  return gen;
}

static void
generator_free (Generator *gen)
{
  for (int t = 0; t < N_TABLES; t++)
    sqlite3_finalize (gen->stmts[t]);
  for (guint b = 0; b < MAX_BRANCHES; b++)
    {
      g_array_unref (gen->receptionists[b]);
      g_array_unref (gen->technicians[b]);
    }
  g_ptr_array_unref (gen->saved_schema);
  g_string_chunk_free (gen->strings);
  g_array_unref (gen->people);
  g_array_unref (gen->hotline);
  g_array_unref (gen->service_staff);
  g_hash_table_unref (gen->staff_mails);
  g_array_unref (gen->models);
  g_array_unref (gen->customers);
  g_array_unref (gen->units);
  g_array_unref (gen->spares);
  g_array_unref (gen->consumables);
  g_array_unref (gen->movements);
  g_free (gen->customer_units);
  g_free (gen->customer_first_unit);
  g_free (gen->balance);
  g_free (gen->last_movement);
  g_free (gen->activity);
  g_free (gen);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Generator, generator_free)

/* Connection settings changed for the bulk insert and put back afterwards. */
typedef struct
{
  gint64 cache_size;
  gint64 threads;
} Settings;

static void
apply_bulk_settings (Generator *gen,
                     Settings  *saved)
{
  saved->cache_size = as_database_query_int (gen->db, "PRAGMA cache_size", -2000);
  saved->threads = as_database_query_int (gen->db, "PRAGMA threads", 0);
  /* 256 MiB of page cache keep the index builds in memory (more bought nothing
   * for a million repairs); the sorter may use the second core. Foreign keys
   * stay on: turning them off saved only 6 %. */
  sqlite3_exec (gen->handle, "PRAGMA cache_size = -262144; PRAGMA threads = 2", NULL, NULL, NULL);
  sqlite3_progress_handler (gen->handle, 100000, on_sqlite_progress_cb, gen);
}

static void
restore_settings (Generator      *gen,
                  const Settings *saved)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT ";"
                                          " PRAGMA threads = %" G_GINT64_FORMAT,
                                          saved->cache_size, saved->threads);

  sqlite3_progress_handler (gen->handle, 0, NULL, NULL);
  sqlite3_exec (gen->handle, sql, NULL, NULL, NULL);
}

/* ------------------------------------------------------------- public API */

/**
 * _as_demo_generate_at:
 * @now: the reference moment; the data covers the 18 months before it
 *
 * as_demo_generate() with a fixed "now", so that tests get the same output
 * every day.
 */
gboolean
_as_demo_generate_at (AsDatabase      *db,
                      guint            n_repairs,
                      guint64          seed,
                      GDateTime       *now,
                      AsDemoProgress   progress,
                      gpointer         user_data,
                      GCancellable    *cancellable,
                      GError         **error)
{
  g_autoptr(Generator) gen = NULL;
  Settings saved;
  gboolean ok;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  gen = generator_new (db, n_repairs, seed, now, progress, user_data, cancellable);
  apply_bulk_settings (gen, &saved);
  ok = as_database_begin (db, error) && generate_all (gen, error) && as_database_commit (db, error);
  if (!ok)
    as_database_rollback (db);
  restore_settings (gen, &saved);
  if (!ok)
    return FALSE;

  /* The whole data set passed through the write-ahead log: give the space back. */
  sqlite3_exec (gen->handle, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  report_progress (gen, 1.0);
  return TRUE;
}

/**
 * as_demo_generate:
 * @db: an empty database: no staff, customers or other records
 * @n_repairs: how many repair orders to make; everything else is in proportion
 * @seed: the same seed (on the same day) gives the same data
 * @progress: (nullable) (scope call): called from this thread, at most ~100 times
 * @cancellable: (nullable): stops the generation and rolls everything back
 *
 * Fills @db with a realistic after-sales department over the 18 months before
 * today, in Spanish: branches, departments, staff, providers, product models
 * and their parts, customers and their units, maintenance contracts, repair
 * orders, surveys, complaints, returns, warehouses, spare parts, stock
 * movements and tools. One transaction: either all of it is written, or none.
 * One audit row with action "generate" records what was made.
 *
 * Meant for a worker thread with its own connection: it takes seconds for
 * hundreds of thousands of repairs.
 *
 * Returns: %TRUE on success; %FALSE with @error set, %G_IO_ERROR_CANCELLED
 *   when cancelled, %AS_DATABASE_ERROR_INVALID when @db is not empty
 */
gboolean
as_demo_generate (AsDatabase      *db,
                  guint            n_repairs,
                  guint64          seed,
                  AsDemoProgress   progress,
                  gpointer         user_data,
                  GCancellable    *cancellable,
                  GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return _as_demo_generate_at (db, n_repairs, seed, now, progress, user_data, cancellable, error);
}
